-- One row per canonical (federal) indicator: every wording the matcher (canonical/) put in
-- one group, in any region or document, shares its indicator_key.
with units as (
    select w.indicator_key, i.unit_code
    from {{ ref('stg_strategy_indicators') }} as i
    inner join {{ ref('stg_indicator_wording') }} as w using (source_file, indicator_name)
    union all
    select w.indicator_key, i.unit_code
    from {{ ref('stg_program_indicators') }} as i
    inner join {{ ref('stg_indicator_wording') }} as w using (source_file, indicator_name)
),

unit_by_key as (
    select indicator_key, mode(unit_code) as unit_code from units group by indicator_key
)

select
    w.indicator_key,
    any_value(w.canonical_indicator_name) as indicator_name,
    any_value(u.unit_code) as unit_code,
    count(distinct w.source_file) as document_count,
    count(distinct w.indicator_name) as wording_count
from {{ ref('stg_indicator_wording') }} as w
left join unit_by_key as u using (indicator_key)
group by w.indicator_key
