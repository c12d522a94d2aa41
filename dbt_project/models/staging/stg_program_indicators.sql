select
    source_file,
    nullif(trim(item_no), '') as item_no,
    trim(item_name) as item_name,
    trim(indicator_name) as indicator_name,
    nullif(trim(unit), '') as unit,
    {{ normalize_unit('unit', 'indicator_name') }} as unit_code,
    cast(year as integer) as year,
    value_raw,
    try_cast(value as double) as target_value,
    cast(source_line as integer) as source_line,
    cast(source_page as integer) as source_page
from {{ source('raw', 'program_indicators') }}
