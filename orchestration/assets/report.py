"""The nightly report: static HTML charts of the published marts (see docs/report.md)."""

import dagster as dg

from orchestration.resources import WarehouseLayout
from report import build_report


@dg.asset(deps=[dg.AssetKey("published_warehouse")], group_name="publish", kinds={"html"})
def nightly_report(warehouse: WarehouseLayout) -> dg.MaterializeResult:
    """Rebuild report/index.html and a page per region from the warehouse just published."""
    built = build_report(warehouse.layout())
    return dg.MaterializeResult(metadata={
        "report": dg.MetadataValue.path(str(built.index)),
        "open": dg.MetadataValue.url(built.index.as_uri()),
        "pages": built.pages,
        "charts": built.charts,
    })
