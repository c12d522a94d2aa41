-- Documents with their keys, the program an amendment belongs to, and the edition a
-- strategy is. A program keeps one key across amendments although its printed name
-- carries the period («на 2014 – 2025 годы») that amendments change. A region's strategies
-- are editions of one strategy: the one approved later (the act's date when printed, else
-- when the file was first seen) is current; an earlier one is valid until the next begins.
with docs as (
    select
        docs.*,
        trim(regexp_replace(program_name, '\s+на\s+\d{4}\s*[‐‑‒–—−-]\s*\d{4}\s+год\w*\s*$', ''))
            as program_name_stable,
        status.first_seen_at
    from {{ ref('stg_documents') }} as docs
    left join {{ ref('stg_document_status') }} as status using (source_file)
),

keyed as (
    select
        {{ surrogate_key(['source_file']) }} as document_key,
        {{ surrogate_key([normalize_name('region_name')]) }} as region_key,
        case when program_name is not null
            then {{ surrogate_key([normalize_name('region_name'), normalize_name('program_name_stable')]) }}
        end as program_key,
        coalesce(act_date, cast(first_seen_at as date)) as valid_from,
        docs.*
    from docs
)

select
    keyed.*,
    case when doc_type = 'strategy' then lead(valid_from) over (
        partition by region_key, doc_type order by valid_from, first_seen_at, source_file
    ) end as valid_to,
    doc_type <> 'strategy' or lead(valid_from) over (
        partition by region_key, doc_type order by valid_from, first_seen_at, source_file
    ) is null as is_current
from keyed
