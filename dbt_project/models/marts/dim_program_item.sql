-- The program hierarchy: program → subprogram → measure → submeasure, as the latest act
-- names it. Items of the indicator table that the funding table lacks are here too, so every
-- fact's item resolves. The parent of «1.2.3» is «1.2»; of «1» the program row.
with funding_items as (
    select program_item_key, program_key, item_no, item_name, level, act_date, 1 as preference
    from {{ ref('int_program_funding_versions') }}
),

indicator_items as (
    select
        {{ surrogate_key(['docs.program_key', "coalesce(i.item_no, '')"]) }} as program_item_key,
        docs.program_key,
        i.item_no,
        i.item_name,
        case length(i.item_no) - length(replace(i.item_no, '.', ''))
            when 0 then 'subprogram' when 1 then 'measure' else 'submeasure'
        end as level,
        docs.act_date,
        2 as preference
    from {{ ref('stg_program_indicators') }} as i
    inner join {{ ref('int_documents') }} as docs using (source_file)
    where i.item_no is not null
),

items as (
    select distinct on (program_item_key)
        program_item_key, program_key, item_no, item_name, level
    from (select * from funding_items union all select * from indicator_items)
    order by program_item_key, preference, act_date desc
)

select
    items.program_item_key,
    items.program_key,
    items.item_no,
    items.item_name,
    items.level,
    case
        when items.item_no is null then null
        when items.item_no like '%.%'
            then {{ surrogate_key(['items.program_key', "regexp_replace(items.item_no, '\\.[^.]+$', '')"]) }}
        else {{ surrogate_key(['items.program_key', "''"]) }}
    end as parent_program_item_key
from items
