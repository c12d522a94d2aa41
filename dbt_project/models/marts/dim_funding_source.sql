select funding_source_key, funding_source_name, description
from {{ ref('funding_sources') }}
