"""`python -m report` (`make report`): rebuild the report from the published warehouse."""

import sys
import time

from report.render import build_report
from store.layout import Layout


def main() -> int:
    layout = Layout.resolve()
    if not layout.warehouse_path.exists():
        print(f"error: no published warehouse at {layout.warehouse_path}; run `make run` first",
              file=sys.stderr)
        return 1
    started = time.perf_counter()
    built = build_report(layout)
    print(f"report: {built.index} ({built.pages} pages, {built.charts} charts, "
          f"{time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
