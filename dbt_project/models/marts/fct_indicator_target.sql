-- A strategy's target for one indicator of one project in one year, of every edition
-- (is_current marks the current edition of the region's strategy).
select
    {{ surrogate_key(['i.source_file', 'i.source_line', 'i.year', 'i.value_raw']) }} as indicator_target_key,
    p.project_key,
    w.indicator_key,
    case when i.responsible_org is not null
        then {{ surrogate_key([normalize_name('i.responsible_org')]) }}
    end as organization_key,
    p.region_key,
    p.sector_key,
    p.document_key,
    p.is_current,
    i.year,
    i.target_value,
    i.value_raw,
    i.unit,
    i.unit_code,
    i.source_file,
    i.source_line
from {{ ref('stg_strategy_indicators') }} as i
inner join {{ ref('int_strategy_projects') }} as p
    on p.source_file = i.source_file
    and p.sector_no = i.sector_no
    and p.project_seq = coalesce(i.section6_project_seq, i.project_seq)
    and p.in_section_6 = (i.section6_project_seq is not null)
left join {{ ref('stg_indicator_wording') }} as w
    on w.source_file = i.source_file and w.indicator_name = i.indicator_name
