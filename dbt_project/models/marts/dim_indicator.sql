-- One row per canonical indicator: the same wording (after normalising case, quotes, dashes
-- and spaces) in any region or document gets one indicator_key.
with named as (
    select indicator_name, unit_code, source_file, source_line from {{ ref('stg_strategy_indicators') }}
    union all
    select indicator_name, unit_code, source_file, source_line from {{ ref('stg_program_indicators') }}
),

keyed as (
    select
        {{ surrogate_key([normalize_name('indicator_name')]) }} as indicator_key,
        {{ normalize_name('indicator_name') }} as indicator_name_normalized,
        *
    from named
    where indicator_name is not null
)

select
    indicator_key,
    any_value(indicator_name_normalized) as indicator_name_normalized,
    arg_min(indicator_name, source_file || lpad(cast(source_line as varchar), 8, '0')) as indicator_name,
    mode(unit_code) as unit_code,
    count(distinct source_file) as document_count
from keyed
group by indicator_key
