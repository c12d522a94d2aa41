-- Program funding by item, source and year, as stated by each amending act (historical),
-- with the current value flagged.
select
    {{ surrogate_key(['document_key', 'program_item_key', 'funding_source', 'year']) }}
        as program_funding_key,
    program_item_key,
    program_key,
    funding_source as funding_source_key,
    year,
    amount_thousand_rub,
    document_key,
    act_date,
    act_number,
    valid_from,
    valid_to,
    valid_to is null as is_current,
    source_file,
    source_line
from {{ ref('int_program_funding_versions') }}
