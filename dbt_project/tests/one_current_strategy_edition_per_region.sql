-- A region has at most one current edition of its strategy.
select region_key
from {{ ref('int_documents') }}
where doc_type = 'strategy' and is_current
group by region_key
having count(*) > 1
