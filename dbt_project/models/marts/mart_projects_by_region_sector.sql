-- What each region plans in each sector: one row per project of the current edition of its
-- strategy, with its targets counted (dim_project keeps earlier editions).
select
    region.region_name,
    sector.sector_name,
    project.sector_no,
    project.project_no,
    project.project_name,
    project.is_foiv_recommended,
    project.canonical_project_name,
    project.term,
    project.goal,
    count(distinct t.indicator_key) as indicator_count,
    count(t.indicator_target_key) as target_count,
    count(distinct link.task_link_key) as task_count,
    project.source_file
from {{ ref('dim_project') }} as project
inner join {{ ref('dim_region') }} as region using (region_key)
left join {{ ref('dim_sector') }} as sector using (sector_key)
left join {{ ref('fct_indicator_target') }} as t using (project_key)
left join {{ ref('bridge_task_project') }} as link using (project_key)
where project.is_current
group by all
