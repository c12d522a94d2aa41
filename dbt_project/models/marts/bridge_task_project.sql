-- Section 5: which tasks and beneficiaries each project serves. Matched to the project by
-- name within the same document and sector (section 5 prints names, not numbers).
with links as (
    select
        l.*,
        {{ project_match_name('l.project_name') }} as name_norm
    from {{ ref('stg_strategy_task_links') }} as l
),

projects as (
    select
        project_key, source_file, sector_no, region_key, sector_key,
        {{ project_match_name('project_name') }} as name_norm
    from {{ ref('int_strategy_projects') }}
)

select
    {{ surrogate_key(['links.source_file', 'links.source_line']) }} as task_link_key,
    projects.project_key,
    projects.region_key,
    projects.sector_key,
    links.source_file,
    links.sector_no,
    links.row_no,
    links.task,
    links.project_name,
    links.beneficiaries,
    links.effect,
    links.source_line
from links
left join projects
    on projects.source_file = links.source_file
    and projects.sector_no = links.sector_no
    and {{ project_names_match('projects.name_norm', 'links.name_norm') }}
qualify row_number() over (
    partition by links.source_file, links.source_line
    order by (projects.name_norm = links.name_norm) desc, length(projects.name_norm) desc
) = 1
