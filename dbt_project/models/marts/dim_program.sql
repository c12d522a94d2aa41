select distinct on (program_key)
    program_key,
    region_key,
    program_name_stable as program_name
from {{ ref('int_documents') }}
where program_key is not null
order by program_key, act_date desc
