-- Pairs of wordings from different documents that look alike but were not merged: an
-- analyst confirms (a row in the name_match_overrides seed) or leaves them apart.
select
    kind,
    name_a,
    name_b,
    match_score,
    reason,
    key_a,
    key_b
from {{ ref('stg_name_match_review') }}
