select
    source_file,
    trim(sector_no) as sector_no,
    trim(sector_name) as sector_name,
    trim(row_no) as row_no,
    trim(task) as task,
    trim(project_name) as project_name,
    trim(beneficiaries) as beneficiaries,
    trim(effect) as effect,
    -- The section-6 project this row refers to, as the reader resolved it.
    nullif(trim(section6_project_no), '') as section6_project_no,
    try_cast(regexp_extract(trim(section6_project_no), '(\d+)\.?$', 1) as integer)
        as section6_project_seq,
    cast(source_line as integer) as source_line,
    cast(source_page as integer) as source_page
from {{ source('raw', 'strategy_task_links') }}
