-- Every indicator wording as printed, per document, with the canonical indicator it was
-- matched to and how (seed | exact | normalised | fuzzy) and how closely (0–100).
select
    w.indicator_key,
    w.indicator_name,
    w.source_file as document,
    docs.document_key,
    w.match_method,
    w.match_score,
    w.canonical_indicator_name
from {{ ref('stg_indicator_wording') }} as w
inner join {{ ref('int_documents') }} as docs using (source_file)
