-- Targets of the program's indicator table (Приложение № 2), per amending act.
with targets as (
    select
        docs.program_key,
        docs.document_key,
        docs.act_date,
        i.*
    from {{ ref('stg_program_indicators') }} as i
    inner join {{ ref('int_documents') }} as docs using (source_file)
)

select
    {{ surrogate_key(['source_file', 'source_line', 'year', 'value_raw', 'indicator_name']) }}
        as program_indicator_target_key,
    {{ surrogate_key(['program_key', "coalesce(item_no, '')"]) }} as program_item_key,
    w.indicator_key,
    program_key,
    document_key,
    act_date,
    item_no,
    year,
    target_value,
    value_raw,
    unit,
    unit_code,
    act_date = max(act_date) over (partition by program_key) as is_current,
    source_file,
    source_line
from targets
left join {{ ref('stg_indicator_wording') }} as w using (source_file, indicator_name)
