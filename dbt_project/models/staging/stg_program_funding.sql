select
    source_file,
    nullif(trim(item_no), '') as item_no,
    trim(item_name) as item_name,
    level,
    source as funding_source,
    cast(year as integer) as year,
    cast(amount_thousand_rub as decimal(18, 3)) as amount_thousand_rub,
    amount_thousand_rub as amount_raw,
    cast(source_line as integer) as source_line,
    cast(source_page as integer) as source_page
from {{ source('raw', 'program_funding') }}
