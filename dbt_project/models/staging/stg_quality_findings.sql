select
    source_file,
    "check" as check_name,
    object,
    cast(year as integer) as year,
    expected,
    actual,
    severity,
    message,
    cast(source_line as integer) as source_line
from {{ source('raw', 'quality_findings') }}
