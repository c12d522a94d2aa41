-- Which section-6 project each project of section 7 is. Sections number projects
-- independently and sometimes differently, so the name decides (equal, or one a prefix of
-- the other where a page break cut it); the number is the fallback when no name matches.
with section7 as (
    select
        source_file, sector_no, sector_name, project_no, project_seq, project_name,
        min(source_line) as source_line,
        {{ project_match_name('project_name') }} as name_norm
    from {{ ref('stg_strategy_indicators') }}
    group by all
),

section6 as (
    select
        source_file, sector_no, project_seq as s6_seq,
        {{ project_match_name('project_name') }} as name_norm
    from {{ ref('stg_strategy_projects') }}
),

by_name as (
    select section7.source_file, section7.sector_no, section7.project_seq, section7.project_name,
           section6.s6_seq
    from section7
    inner join section6
        on section6.source_file = section7.source_file
        and section6.sector_no = section7.sector_no
        and {{ project_names_match('section6.name_norm', 'section7.name_norm') }}
    qualify row_number() over (
        partition by section7.source_file, section7.sector_no, section7.project_seq,
                     section7.project_name
        order by (section6.name_norm = section7.name_norm) desc,
                 abs(section6.s6_seq - section7.project_seq)
    ) = 1
)

select
    section7.source_file,
    section7.sector_no,
    section7.sector_name,
    section7.project_no,
    section7.project_seq,
    section7.project_name,
    section7.source_line,
    coalesce(by_name.s6_seq, by_no.s6_seq) as section6_project_seq,
    case
        when by_name.s6_seq is not null then 'name'
        when by_no.s6_seq is not null then 'number'
        else 'none'
    end as matched_by
from section7
left join by_name
    on by_name.source_file = section7.source_file and by_name.sector_no = section7.sector_no
    and by_name.project_seq = section7.project_seq and by_name.project_name = section7.project_name
left join section6 as by_no
    on by_name.s6_seq is null
    and by_no.source_file = section7.source_file and by_no.sector_no = section7.sector_no
    and by_no.s6_seq = section7.project_seq
