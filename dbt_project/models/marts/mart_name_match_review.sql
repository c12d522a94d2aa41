-- Uncertain matches: pairs of wordings from different documents merged below the sure
-- threshold, or alike but left apart. An analyst confirms or corrects them with a row in the
-- name_match_overrides seed.
select
    kind,
    name_a,
    name_b,
    match_score,
    reason,
    key_a,
    key_b
from {{ ref('stg_name_match_review') }}
