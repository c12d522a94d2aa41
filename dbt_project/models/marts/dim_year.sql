select
    cast(y as integer) as year,
    make_date(cast(y as integer), 1, 1) as year_start_date
from range(2010, 2036) as t(y)
