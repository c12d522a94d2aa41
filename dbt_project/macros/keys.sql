{# One way to make a surrogate key: md5 of the parts joined with '|', NULL as ''. #}
{% macro surrogate_key(parts) -%}
    md5({% for p in parts %}coalesce(cast({{ p }} as varchar), ''){% if not loop.last %} || '|' || {% endif %}{% endfor %})
{%- endmacro %}

{# Text compared across regions: lower case, one kind of quote and dash, single spaces,
   no trailing punctuation. Used for canonical indicator, organization and project names. #}
{% macro normalize_name(expr) -%}
    trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(lower({{ expr }}),
        '[«»“”„"'']', '"', 'g'),
        '\s*[‐‑‒–—−-]\s*', '-', 'g'),
        '\s+', ' ', 'g'),
        '[\s.,;:]+$', ''))
{%- endmacro %}

{# A project name as the sections of one strategy can be compared: without the
   «(рекомендовано ФОИВ)» mark, normalised. #}
{% macro project_match_name(expr) -%}
    {{ normalize_name("regexp_replace(" ~ expr ~ ", '\\s*\\(\\s*рекомендовано.*$', '', 'i')") }}
{%- endmacro %}

{# Two project names (already through project_match_name) name the same project: equal, or
   one is the other cut by a page break (a prefix of at least 12 characters). #}
{% macro project_names_match(a, b) -%}
    ({{ a }} = {{ b }}
     or (length({{ b }}) >= 12 and starts_with({{ a }}, {{ b }}))
     or (length({{ a }}) >= 12 and starts_with({{ b }}, {{ a }})))
{%- endmacro %}
