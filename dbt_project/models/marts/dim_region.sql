select distinct on (region_key)
    region_key,
    region_name
from {{ ref('int_documents') }}
order by region_key, doc_type desc, source_file
