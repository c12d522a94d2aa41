-- The program hierarchy: program → subprogram → measure → submeasure, as the latest act
-- names it. The parent of «1.2.3» is «1.2»; of «1» the program row.
with items as (
    select distinct on (program_item_key)
        program_item_key, program_key, item_no, item_name, level, act_date
    from {{ ref('int_program_funding_versions') }}
    order by program_item_key, act_date desc
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
