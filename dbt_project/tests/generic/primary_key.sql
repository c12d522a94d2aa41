{#
  A key column is present and distinct: `unique` and `not_null` in one test. Every test is
  a dbt node and a Dagster check, and the nightly build pays a node's overhead for each
  (docs/scale.md), so a key is checked by one query rather than two.
#}
{% test primary_key(model, column_name) %}
select {{ column_name }}, 'null key' as failure
from {{ model }}
where {{ column_name }} is null
union all
select {{ column_name }}, 'key on ' || count(*) || ' rows' as failure
from {{ model }}
where {{ column_name }} is not null
group by {{ column_name }}
having count(*) > 1
{% endtest %}
