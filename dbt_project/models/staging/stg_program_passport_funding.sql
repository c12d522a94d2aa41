select
    source_file,
    source as funding_source,
    cast(year as integer) as year,
    cast(amount_thousand_rub as decimal(18, 3)) as amount_thousand_rub,
    cast(source_line as integer) as source_line
from {{ source('raw', 'program_passport_funding') }}
