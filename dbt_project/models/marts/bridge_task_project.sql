-- Section 5: which tasks and beneficiaries each project serves. The reader resolved the
-- section-6 project each row names (section6_project_seq).
select
    {{ surrogate_key(['links.source_file', 'links.source_line']) }} as task_link_key,
    projects.project_key,
    projects.region_key,
    projects.sector_key,
    projects.is_current,
    links.source_file,
    links.sector_no,
    links.row_no,
    links.task,
    links.project_name,
    links.beneficiaries,
    links.effect,
    links.source_line
from {{ ref('stg_strategy_task_links') }} as links
left join {{ ref('int_strategy_projects') }} as projects
    on projects.source_file = links.source_file
    and projects.sector_no = links.sector_no
    and projects.project_seq = links.section6_project_seq
    and projects.in_section_6
