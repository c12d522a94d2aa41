-- One row per program item × source × year as printed by each amending act; filter
-- is_current for today's plan, or act_date for the plan as of an amendment.
select
    region.region_name,
    program.program_name,
    item.item_no,
    item.item_name,
    item.level,
    f.funding_source_key as source,
    source.funding_source_name as source_name,
    f.year,
    f.amount_thousand_rub,
    f.act_date,
    f.act_number,
    f.valid_from,
    f.valid_to,
    f.is_current,
    f.source_file
from {{ ref('fct_program_funding') }} as f
inner join {{ ref('dim_program_item') }} as item using (program_item_key)
inner join {{ ref('dim_program') }} as program on program.program_key = f.program_key
inner join {{ ref('dim_region') }} as region on region.region_key = program.region_key
left join {{ ref('dim_funding_source') }} as source
    on source.funding_source_key = f.funding_source_key
