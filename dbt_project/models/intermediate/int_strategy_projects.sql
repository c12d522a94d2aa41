-- A strategy's projects: section 6 rows, plus projects that only section 7 names (so that
-- no target loses its project). Keys are per document, sector and project number.
with section6 as (
    select source_file, sector_no, sector_name, project_no, project_seq, project_name, goal, term,
           description, financing, region_role, source_line, true as in_section_6
    from {{ ref('stg_strategy_projects') }}
),

section7_only as (
    select distinct on (i.source_file, i.sector_no, i.project_seq)
        i.source_file, i.sector_no, i.sector_name, i.project_no, i.project_seq, i.project_name,
        null as goal, null as term, null as description, null as financing,
        null as region_role, i.source_line, false as in_section_6
    from {{ ref('stg_strategy_indicators') }} as i
    anti join section6 as p
        on p.source_file = i.source_file and p.sector_no = i.sector_no
        and p.project_seq = i.project_seq
    order by i.source_file, i.sector_no, i.project_seq, i.source_line
),

projects as (
    select * from section6
    union all
    select * from section7_only
)

select
    {{ surrogate_key(['projects.source_file', 'projects.sector_no', 'projects.project_seq']) }}
        as project_key,
    docs.document_key,
    docs.region_key,
    {{ surrogate_key(['sectors.sector_code']) }} as sector_key,
    projects.*,
    regexp_matches(lower(projects.project_name), 'рекомендовано\s+(фоив|федеральн)') as is_foiv_recommended,
    trim(regexp_replace(projects.project_name, '\s*\(\s*рекомендовано[^)]*\)?\s*\)?\s*$', '', 'i'))
        as project_name_clean
from projects
inner join {{ ref('int_documents') }} as docs using (source_file)
left join {{ ref('int_sectors_mapped') }} as sectors
    on sectors.printed_sector_name = projects.sector_name
