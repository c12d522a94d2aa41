-- A strategy's projects: section 6 rows, plus any project only section 7 names (so that no
-- target loses its project). Which section-6 project a section-7 row refers to was decided by
-- the reader (section6_project_seq). Keys are per document, sector and project number.
with section6 as (
    select
        source_file, sector_no, sector_name, project_no, project_seq, project_name, goal, term,
        description, financing, region_role, source_line, true as in_section_6
    from {{ ref('stg_strategy_projects') }}
),

section7_only as (
    select distinct on (source_file, sector_no, project_seq)
        source_file, sector_no, sector_name, project_no, project_seq, project_name,
        null as goal, null as term, null as description, null as financing,
        null as region_role, source_line, false as in_section_6
    from {{ ref('stg_strategy_indicators') }}
    where section6_project_no is null
    order by source_file, sector_no, project_seq, source_line
),

projects as (
    select * from section6
    union all
    select * from section7_only
)

select
    {{ surrogate_key(['projects.source_file', 'projects.sector_no', 'projects.project_seq',
                      'projects.in_section_6']) }} as project_key,
    docs.document_key,
    docs.region_key,
    docs.is_current,
    {{ surrogate_key(['sectors.sector_code']) }} as sector_key,
    projects.*,
    coalesce(wording.is_foiv_recommended, false) as is_foiv_recommended,
    wording.canonical_project_key as project_identity_key,
    trim(regexp_replace(projects.project_name, '\s*\(\s*рекомендовано.*$', '', 'i'))
        as project_name_clean
from projects
inner join {{ ref('int_documents') }} as docs using (source_file)
left join {{ ref('int_sectors_mapped') }} as sectors
    on sectors.printed_sector_name = projects.sector_name
left join {{ ref('stg_project_wording') }} as wording
    on wording.source_file = projects.source_file and wording.project_name = projects.project_name
