-- A region's project, of every edition of its strategy (is_current: the current edition).
-- Its canonical federal project: the matcher's group of its name (canonical/), when some
-- region marks a project of that group «(рекомендовано ФОИВ)».
with federal as (
    select
        canonical_project_key,
        any_value(canonical_project_name) as canonical_project_name
    from {{ ref('stg_project_wording') }}
    group by canonical_project_key
    having bool_or(is_foiv_recommended)
)

select
    projects.project_key,
    projects.region_key,
    projects.sector_key,
    projects.document_key,
    projects.is_current,
    projects.source_file,
    projects.sector_no,
    projects.project_no,
    projects.project_name,
    projects.project_name_clean,
    projects.is_foiv_recommended,
    federal.canonical_project_key,
    federal.canonical_project_name,
    projects.goal,
    projects.term,
    projects.description,
    projects.financing,
    projects.region_role,
    projects.in_section_6,
    projects.source_line
from {{ ref('int_strategy_projects') }} as projects
left join federal on federal.canonical_project_key = projects.project_identity_key
