{# Schemas as named (staging, intermediate, main, reference), not prefixed with the target's:
   BI users see the marts in `main` and nothing else there. #}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ custom_schema_name if custom_schema_name else target.schema }}
{%- endmacro %}
