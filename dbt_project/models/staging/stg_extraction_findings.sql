select
    source_file,
    "check" as check_name,
    object,
    cast(year as integer) as year,
    expected,
    actual,
    message,
    cast(source_line as integer) as source_line,
    cast(source_page as integer) as source_page
from {{ source('raw', 'findings') }}
