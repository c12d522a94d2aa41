"""Rendered .docx -> PDF (LibreOffice) -> text dump (PyMuPDF), the formats regions publish.

Only `make fixtures` converts; the test suite reads the committed results and needs
neither LibreOffice nor a display.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

CONVERT_TIMEOUT_S = 300


class ConversionError(RuntimeError):
    """LibreOffice is missing, timed out or produced no PDF."""


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise ConversionError("`soffice` is not on PATH: apt-get install libreoffice-writer-nogui "
                              "fonts-liberation fonts-dejavu")
    return found


def to_pdf(docx: Path, outdir: Path) -> Path:
    """`outdir/<docx stem>.pdf`, laid out by LibreOffice Writer.

    Each call has a private user profile (`-env:UserInstallation`), so conversions may
    run in parallel and never clash with an open LibreOffice.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="render-soffice-") as profile:
        cmd = [soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir), str(docx)]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise ConversionError(f"{docx}: no PDF within {CONVERT_TIMEOUT_S} s") from exc
    pdf = outdir / f"{docx.stem}.pdf"
    if done.returncode != 0 or not pdf.exists():
        raise ConversionError(f"{docx}: LibreOffice made no PDF (exit {done.returncode}): "
                              f"{done.stderr.decode(errors='replace')[-300:]}")
    return pdf


def to_text(pdf: Path) -> str:
    """Every page's `get_text()` in content order, joined: the text dump a region's
    PDF yields (page numbers and repeated headers included, as the corpus dumps have)."""
    import pymupdf

    with pymupdf.open(pdf) as doc:
        return "".join(page.get_text() for page in doc)
