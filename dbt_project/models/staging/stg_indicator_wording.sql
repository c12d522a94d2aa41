-- Every printed indicator wording of every document with the canonical indicator the
-- matcher (canonical/, run at the raw load) gave it.
select distinct on (source_file, indicator_name)
    document as source_file,
    trim(name) as indicator_name,
    key as indicator_key,
    canonical_name as canonical_indicator_name,
    method as match_method,
    score as match_score
from {{ source('raw', 'indicator_wording') }}
order by source_file, indicator_name, match_method
