-- A region's project. Its canonical federal project: the one it is marked as implementing
-- («(рекомендовано ФОИВ)»), or — unmarked — a recommended project of any region with the
-- same name.
with projects as (
    select *, {{ normalize_name('project_name_clean') }} as name_norm
    from {{ ref('int_strategy_projects') }}
),

recommended as (
    select name_norm, arg_min(project_name_clean, source_file) as canonical_project_name
    from projects
    where is_foiv_recommended
    group by name_norm
)

select
    projects.project_key,
    projects.region_key,
    projects.sector_key,
    projects.document_key,
    projects.source_file,
    projects.sector_no,
    projects.project_no,
    projects.project_name,
    projects.project_name_clean,
    projects.is_foiv_recommended,
    case when recommended.name_norm is not null
        then {{ surrogate_key(['recommended.name_norm']) }}
    end as canonical_project_key,
    recommended.canonical_project_name,
    projects.goal,
    projects.term,
    projects.description,
    projects.financing,
    projects.region_role,
    projects.in_section_6,
    projects.source_line
from projects
left join recommended using (name_norm)
