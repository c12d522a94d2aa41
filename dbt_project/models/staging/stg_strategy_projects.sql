select
    source_file,
    trim(sector_no) as sector_no,
    trim(sector_name) as sector_name,
    trim(project_no) as project_no,
    -- «1.2» and «2» both print the project's number within its sector: keep the last part.
    try_cast(regexp_extract(trim(project_no), '(\d+)\.?$', 1) as integer) as project_seq,
    trim(project_name) as project_name,
    trim(goal) as goal,
    trim(term) as term,
    trim(description) as description,
    trim(financing) as financing,
    trim(region_role) as region_role,
    cast(source_line as integer) as source_line,
    cast(source_page as integer) as source_page
from {{ source('raw', 'strategy_projects') }}
