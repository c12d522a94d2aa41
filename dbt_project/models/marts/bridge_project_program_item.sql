-- A strategy project and the program item that funds it, where the program item's name
-- contains the project's name (the documents link them only by name, e.g. a measure
-- «Региональный проект «Цифровое государственное управление»»). Same region only.
with projects as (
    select project_key, region_key, {{ normalize_name('project_name_clean') }} as name_norm
    from {{ ref('int_strategy_projects') }}
    where length(project_name_clean) >= 12
),

items as (
    select distinct on (i.program_item_key)
        i.program_item_key, p.region_key, {{ normalize_name('i.item_name') }} as name_norm
    from {{ ref('dim_program_item') }} as i
    inner join {{ ref('dim_program') }} as p using (program_key)
)

select projects.project_key, items.program_item_key
from projects
inner join items
    on items.region_key = projects.region_key
    and contains(items.name_norm, projects.name_norm)
