"""Render the amendment decrees (tests/render/decree.py) to .docx, .pdf and .txt.

Writes `tests/fixtures/rendered/decrees/<layout>/<doc>.{docx,pdf,txt}`, the rows every
form must yield in `tests/fixtures/rendered/decrees/expected/<doc>_<table>.csv`, and a
.doc and an .rtf of the smallest decree (LibreOffice's own conversion of its .docx) in
`tests/fixtures/rendered/decrees/converted/`. Needs LibreOffice (`soffice`); the tests
only read the committed results. Runs alone, from the repository root:

    .venv/bin/python scripts/make_decree_fixtures.py [--only DOC ...]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.render.convert import soffice, to_pdf, to_text
from tests.render.decree import DECREES, LAYOUTS, render_decree, write_expected

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "rendered" / "decrees"
CONVERTED_DOC = "republic"


def convert_to(docx: Path, fmt: str, outdir: Path) -> Path:
    """LibreOffice's .doc / .rtf of `docx` (a private profile, as `to_pdf` uses)."""
    with tempfile.TemporaryDirectory(prefix="decree-soffice-") as profile:
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", fmt, "--outdir", str(outdir), str(docx)],
                       capture_output=True, timeout=300, check=True)
    return outdir / f"{docx.stem}.{fmt}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=sorted(DECREES))
    args = parser.parse_args(argv)
    for key in args.only:
        content = DECREES[key]()
        write_expected(content, OUT / "expected")
        for layout in LAYOUTS:
            started = time.perf_counter()
            folder = OUT / layout.name
            folder.mkdir(parents=True, exist_ok=True)
            docx = render_decree(content, layout, folder / f"{key}.docx")
            pdf = to_pdf(docx, folder)
            (folder / f"{key}.txt").write_text(to_text(pdf), encoding="utf-8")
            print(f"{layout.name}/{key}: {time.perf_counter() - started:.1f} s")
            if key == CONVERTED_DOC and layout is LAYOUTS[0]:
                converted = OUT / "converted"
                converted.mkdir(exist_ok=True)
                for fmt in ("doc", "rtf"):
                    made = convert_to(docx, fmt, converted)
                    print(f"converted/{made.name}: {made.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        sys.exit("make_decree_fixtures: LibreOffice (`soffice`) is needed to render PDFs")
    sys.exit(main())
