select
    project_key,
    region_key,
    sector_key,
    document_key,
    source_file,
    sector_no,
    project_no,
    project_name,
    project_name_clean,
    is_foiv_recommended,
    case when is_foiv_recommended
        then {{ surrogate_key([normalize_name('project_name_clean')]) }}
    end as canonical_project_key,
    case when is_foiv_recommended then project_name_clean end as canonical_project_name,
    goal,
    term,
    description,
    financing,
    region_role,
    in_section_6,
    source_line
from {{ ref('int_strategy_projects') }}
