{# A unit code comparable across regions. A blank unit on a «Доля …» indicator is a
   percentage: the '%' glyph is often lost when the PDF is converted. #}
{% macro normalize_unit(unit, indicator_name) -%}
    case
        when regexp_matches(lower(coalesce({{ unit }}, '')), '%|процент') then 'percent'
        when nullif(trim({{ unit }}), '') is null
             and regexp_matches(lower({{ indicator_name }}), '^\s*(доля|удельный вес|уровень)') then 'percent'
        when regexp_matches(lower(coalesce({{ unit }}, '')), '^\s*(ед|шт|единиц)') then 'count'
        when regexp_matches(lower(coalesce({{ unit }}, '')), '^\s*(чел|человек)') then 'persons'
        when regexp_matches(lower(coalesce({{ unit }}, '')), 'балл') then 'points'
        when regexp_matches(lower(coalesce({{ unit }}, '')), 'да\s*/\s*нет') then 'yes_no'
        when regexp_matches(lower(coalesce({{ unit }}, '')), 'руб') then 'rub'
        when nullif(trim({{ unit }}), '') is null then null
        else 'other'
    end
{%- endmacro %}
