select
    {{ surrogate_key([normalize_name('responsible_org')]) }} as organization_key,
    arg_min(responsible_org, source_file) as organization_name,
    arg_min(docs.region_key, source_file) as region_key
from {{ ref('stg_strategy_indicators') }}
inner join {{ ref('int_documents') }} as docs using (source_file)
where responsible_org is not null
group by 1
