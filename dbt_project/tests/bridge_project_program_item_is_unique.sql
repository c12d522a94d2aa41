-- A project and a program item are linked at most once.
select project_key, program_item_key, count(*) as links
from {{ ref('bridge_project_program_item') }}
group by all
having count(*) > 1
