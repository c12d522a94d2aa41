-- Every printed sector name of every strategy, mapped to its canonical sector.
with printed as (
    select distinct sector_name from {{ ref('stg_strategy_projects') }}
    union
    select distinct sector_name from {{ ref('stg_strategy_indicators') }}
    union
    select distinct sector_name from {{ ref('stg_strategy_task_links') }}
),

matched as (
    select
        printed.sector_name as printed_sector_name,
        canon.sector_code,
        canon.sector_name as canonical_sector_name,
        row_number() over (partition by printed.sector_name order by canon.priority) as rank
    from printed
    left join {{ ref('canonical_sectors') }} as canon
        on regexp_matches(lower(printed.sector_name), canon.match_pattern)
    where printed.sector_name is not null
)

select
    printed_sector_name,
    coalesce(sector_code, 'other:' || {{ normalize_name('printed_sector_name') }}) as sector_code,
    coalesce(canonical_sector_name, printed_sector_name) as canonical_sector_name
from matched
where rank = 1
