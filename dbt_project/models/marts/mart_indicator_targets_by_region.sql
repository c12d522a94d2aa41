-- Targets of each canonical indicator in every region that sets it: filter one
-- indicator_key to compare regions. Current editions only (fct_indicator_target keeps history).
select
    t.indicator_key,
    ind.indicator_name,
    region.region_name,
    sector.sector_name,
    project.project_name,
    project.canonical_project_name,
    org.organization_name as responsible_org,
    t.year,
    t.target_value,
    t.value_raw,
    t.unit,
    t.unit_code,
    ind.document_count as documents_with_indicator,
    t.source_file,
    t.source_line
from {{ ref('fct_indicator_target') }} as t
inner join {{ ref('dim_indicator') }} as ind using (indicator_key)
inner join {{ ref('dim_project') }} as project using (project_key)
inner join {{ ref('dim_region') }} as region on region.region_key = t.region_key
left join {{ ref('dim_sector') }} as sector on sector.sector_key = t.sector_key
left join {{ ref('dim_organization') }} as org using (organization_key)
where t.is_current
