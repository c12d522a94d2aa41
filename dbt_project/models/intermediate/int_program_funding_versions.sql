-- Each amount of a program's funding table as restated by each amending act. The value of
-- item × source × year is valid from its act's date until the next act of the same program
-- restates it; the latest is current.
with funding as (
    select
        docs.program_key,
        docs.document_key,
        docs.act_date,
        docs.act_number,
        f.*
    from {{ ref('stg_program_funding') }} as f
    inner join {{ ref('int_documents') }} as docs using (source_file)
)

select
    {{ surrogate_key(['program_key', "coalesce(item_no, '')"]) }} as program_item_key,
    funding.*,
    act_date as valid_from,
    lead(act_date) over (
        partition by program_key, coalesce(item_no, ''), funding_source, year
        order by act_date, act_number
    ) as valid_to
from funding
