-- Documents with their keys, and the program an amendment belongs to. A program keeps one
-- key across amendments although its printed name carries the period («на 2014 – 2025 годы»)
-- that amendments change.
with docs as (
    select
        *,
        trim(regexp_replace(program_name, '\s+на\s+\d{4}\s*[‐‑‒–—−-]\s*\d{4}\s+год\w*\s*$', ''))
            as program_name_stable
    from {{ ref('stg_documents') }}
)

select
    {{ surrogate_key(['source_file']) }} as document_key,
    {{ surrogate_key([normalize_name('region_name')]) }} as region_key,
    case when program_name is not null
        then {{ surrogate_key([normalize_name('region_name'), normalize_name('program_name_stable')]) }}
    end as program_key,
    docs.*
from docs
