"""The settings every asset shares, as a Dagster resource."""

import dagster as dg

from store.layout import Layout


class WarehouseLayout(dg.ConfigurableResource):
    """Where documents are read and the warehouse is written.

    Unset fields fall back to DOCUMENTS_DIR / WAREHOUSE_PATH, read when a run
    starts rather than when the code location loads, so `make run` and the UI
    honour the environment of the moment.
    """

    documents_dir: str | None = None
    warehouse_path: str | None = None

    def layout(self) -> Layout:
        return Layout.resolve(self.documents_dir, self.warehouse_path)
