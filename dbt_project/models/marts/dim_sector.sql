select distinct
    {{ surrogate_key(['sector_code']) }} as sector_key,
    sector_code,
    canonical_sector_name as sector_name
from {{ ref('int_sectors_mapped') }}
