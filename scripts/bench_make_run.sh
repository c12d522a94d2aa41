#!/bin/bash
# `make run` on N distinct documents (default 100): a first night, a night with nothing
# changed, a night with one document changed; wall seconds of each, as a user sees them.
# Uses a temporary documents folder, warehouse and DAGSTER_HOME; nothing real is touched.
#   scripts/bench_make_run.sh [N]
set -euo pipefail
n=${1:-100}
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/documents" "$tmp/home"
cd "$repo"
make setup > /dev/null
.venv/bin/python - "$n" "$tmp/documents" <<'PY'
import sys
from pathlib import Path
sys.path[:0] = ["scripts", "."]
from bench_scale import make_documents  # noqa: E402
make_documents(int(sys.argv[1]), Path(sys.argv[2]))
PY
export DOCUMENTS_DIR="$tmp/documents" WAREHOUSE_PATH="$tmp/wh/warehouse.duckdb" DAGSTER_HOME="$tmp/home"
for night in first unchanged "one changed"; do
  if [ "$night" = "one changed" ]; then
    first=$(ls "$tmp/documents" | head -1)
    echo >> "$tmp/documents/$first"
  fi
  start=$(date +%s.%N)
  make run > "$tmp/run.log" 2>&1 || { tail -20 "$tmp/run.log"; exit 1; }
  end=$(date +%s.%N)
  printf '%-12s %6.1f s  %s\n' "$night:" "$(echo "$end - $start" | bc)" \
    "$(grep '^build:' "$tmp/run.log" | cut -c20-70)"
done
