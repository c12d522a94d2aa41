{# One way to make a surrogate key: md5 of the parts joined with '|', NULL as ''. #}
{% macro surrogate_key(parts) -%}
    md5({% for p in parts %}coalesce(cast({{ p }} as varchar), ''){% if not loop.last %} || '|' || {% endif %}{% endfor %})
{%- endmacro %}

{# Text compared across regions: lower case, one kind of quote and dash, single spaces,
   no trailing punctuation. Used for region, program and organization keys; indicators and
   projects get their canonical keys from the matcher (canonical/, docs/identity.md). #}
{% macro normalize_name(expr) -%}
    trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(lower({{ expr }}),
        '[«»“”„"'']', '"', 'g'),
        '\s*[‐‑‒–—−-]\s*', '-', 'g'),
        '\s+', ' ', 'g'),
        '[\s.,;:]+$', ''))
{%- endmacro %}
