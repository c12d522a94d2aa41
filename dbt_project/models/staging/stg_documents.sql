select
    source_file,
    doc_type,
    trim(region) as region_name,
    trim(title) as title,
    try_cast(nullif(trim(act_date), '') as date) as act_date,
    nullif(trim(act_number), '') as act_number,
    cast(period_start as integer) as period_start,
    cast(period_end as integer) as period_end,
    nullif(trim(program_name), '') as program_name,
    try_cast(nullif(trim(amended_act_date), '') as date) as amended_act_date,
    nullif(trim(amended_act_number), '') as amended_act_number,
    format as source_format,
    sha256
from {{ source('raw', 'documents') }}
