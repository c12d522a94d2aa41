"""The nightly report: static HTML pages with inline SVG charts of the published marts.

Plain Python (no Dagster): `queries` reads the published warehouse read-only,
`charts` turns rows into Vega-Lite specs, `pages` assembles figures per page and
`render` writes the pages through Jinja2 templates. `python -m report` rebuilds
it from the current warehouse.
"""

from report.render import build_report

__all__ = ["build_report"]
