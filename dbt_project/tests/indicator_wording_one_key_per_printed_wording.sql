-- Each printed wording of a document has exactly one canonical indicator.
select document, indicator_name
from {{ ref('dim_indicator_wording') }}
group by document, indicator_name
having count(*) <> 1
