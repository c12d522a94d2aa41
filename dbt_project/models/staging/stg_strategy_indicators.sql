select
    source_file,
    trim(sector_no) as sector_no,
    trim(sector_name) as sector_name,
    trim(project_no) as project_no,
    -- «1.2» and «2» both print the project's number within its sector: keep the last part.
    try_cast(regexp_extract(trim(project_no), '(\d+)\.?$', 1) as integer) as project_seq,
    trim(project_name) as project_name,
    nullif(trim(responsible_org), '') as responsible_org,
    trim(indicator_name) as indicator_name,
    nullif(trim(unit), '') as unit,
    {{ normalize_unit('unit', 'indicator_name') }} as unit_code,
    cast(year as integer) as year,
    value_raw,
    try_cast(value as double) as target_value,
    -- The section-6 project this row refers to, as the reader resolved it.
    nullif(trim(section6_project_no), '') as section6_project_no,
    try_cast(regexp_extract(trim(section6_project_no), '(\d+)\.?$', 1) as integer)
        as section6_project_seq,
    cast(source_line as integer) as source_line,
    cast(source_page as integer) as source_page
from {{ source('raw', 'strategy_indicators') }}
