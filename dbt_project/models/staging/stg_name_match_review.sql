select
    kind,
    name_a,
    name_b,
    score as match_score,
    reason,
    key_a,
    key_b
from {{ source('raw', 'name_match_review') }}
