-- A strategy's projects: section 6 rows, plus any project only section 7 names (so that no
-- target loses its project). Keys are per document, sector and section-6 project number.
with section6 as (
    select
        source_file, sector_no, sector_name, project_no, project_seq, project_name, goal, term,
        description, financing, region_role, source_line, true as in_section_6
    from {{ ref('stg_strategy_projects') }}
),

section7_only as (
    select distinct on (m.source_file, m.sector_no, m.project_seq)
        m.source_file, m.sector_no, m.sector_name, m.project_no, m.project_seq, m.project_name,
        null as goal, null as term, null as description, null as financing,
        null as region_role, m.source_line, false as in_section_6
    from {{ ref('int_indicator_projects') }} as m
    where m.matched_by = 'none'
    order by m.source_file, m.sector_no, m.project_seq, m.source_line
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
    {{ surrogate_key(['sectors.sector_code']) }} as sector_key,
    projects.*,
    regexp_matches(lower(projects.project_name), 'рекомендовано\s+(фоив|федеральн)')
        as is_foiv_recommended,
    trim(regexp_replace(projects.project_name, '\s*\(\s*рекомендовано.*$', '', 'i'))
        as project_name_clean
from projects
inner join {{ ref('int_documents') }} as docs using (source_file)
left join {{ ref('int_sectors_mapped') }} as sectors
    on sectors.printed_sector_name = projects.sector_name
