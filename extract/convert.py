"""Old binary Word (.doc) and RTF files -> .docx with LibreOffice, when it is installed.

Regions still publish both; LibreOffice reads them faithfully, so there is no
parser of ours for either. Without `soffice` on PATH the file fails with an
error that says how to convert it by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from extract.errors import ExtractionError

CONVERT_TIMEOUT_S = 180


@contextmanager
def as_docx(path: Path, fmt: str) -> Iterator[Path]:
    """A temporary .docx converted from `path` (`doc` or `rtf`), removed afterwards."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ExtractionError(
            path, f"a .{fmt} file needs LibreOffice to be read, and `soffice` is not on PATH: "
                  "install it (Debian: apt-get install libreoffice-writer-nogui) or convert the "
                  f"file yourself (soffice --headless --convert-to docx {path.name})")
    with tempfile.TemporaryDirectory(prefix="convert-") as tmp:
        out = Path(tmp)
        # A private profile: a LibreOffice the user has open does not block the conversion.
        cmd = [soffice, f"-env:UserInstallation=file://{out / 'profile'}", "--headless",
               "--convert-to", "docx", "--outdir", str(out), str(path)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT_S, check=True)
        except subprocess.TimeoutExpired as exc:
            raise ExtractionError(path, f"LibreOffice did not convert the .{fmt} file within "
                                        f"{CONVERT_TIMEOUT_S} s") from exc
        except subprocess.CalledProcessError as exc:
            raise ExtractionError(path, f"LibreOffice could not convert the .{fmt} file: "
                                        f"{exc.stderr.decode(errors='replace')[-300:]}") from exc
        converted = out / f"{path.stem}.docx"
        if not converted.exists():
            raise ExtractionError(path, f"LibreOffice could not convert the .{fmt} file "
                                        "(no .docx came out: damaged or not a document)")
        yield converted
