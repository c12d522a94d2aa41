-- Every printed project name of every strategy with the canonical project the matcher
-- (canonical/, run at the raw load) gave it.
select distinct on (source_file, project_name)
    document as source_file,
    trim(name) as project_name,
    key as canonical_project_key,
    trim(regexp_replace(canonical_name, '\s*\(\s*рекомендован[^()]*\)', '', 'gi'))
        as canonical_project_name,
    regexp_matches(lower(name), 'рекомендовано\s+(фоив|федеральн)') as is_foiv_recommended,
    method as match_method,
    score as match_score
from {{ source('raw', 'project_wording') }}
order by source_file, project_name, match_method
