"""Where extracted tables live between extraction and the published warehouse.

Plain Python, like `extract/`: Dagster only calls it. The layout under the
warehouse folder:

- `landing/<document>/` — what the latest extraction produced (candidates);
- `accepted/<document>/` — the last version that passed the blocking gate;
  only these reach the warehouse, so a bad night never loses a good document;
- `warehouse.duckdb` — the published warehouse, replaced atomically;
- `quality/` — the gate's reports; `exports/` — marts as Parquet.
"""
