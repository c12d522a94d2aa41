"""PDFs the table reader cannot take: no ruling (text layer instead), a scan, an
encrypted file, a corrupt one. Each either goes through the text path or ends
in an ExtractionError that names the file and says which case it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import ExtractionError
from extract.extraction import extract_file
from extract.pdf import extract_pages, extract_pdf
from extract.pdf.reader import has_ruled_tables, plain_text, read_pdf
from extract.strategy import extract_strategy_text
from tests.accuracy import norm_number, norm_text, score
from tests.pdf_fixtures import FONT, PdfWriter, register_fonts, write_plain_lines, write_scan

DUMP = next((Path(__file__).parents[1] / "data" / "documents").glob("004_*.txt"))


@pytest.fixture(scope="module")
def plain_strategy(tmp_path_factory) -> tuple[Path, list]:
    """The text dump of corpus strategy 004 printed line by line, without any ruling."""
    lines = DUMP.read_text(encoding="utf-8").split("\n")
    path = write_plain_lines(tmp_path_factory.mktemp("pdf") / "004_plain.pdf", lines)
    return path, read_pdf(path)


def test_text_layer_is_the_dump(plain_strategy):
    _, pages = plain_strategy
    assert not has_ruled_tables(pages)
    dump = [ln.strip() for ln in DUMP.read_text(encoding="utf-8").split("\n") if ln.strip()]
    assert plain_text(pages).split("\n") == dump


def test_unruled_strategy_goes_through_the_text_reader(plain_strategy):
    path, pages = plain_strategy
    from_pdf = extract_pages(pages, path)
    from_text = extract_strategy_text(DUMP.read_text(encoding="utf-8"), DUMP.name)

    def key(r):
        return (norm_text(r["project_name"]), norm_text(r["indicator_name"]), str(r["year"]),
                norm_number(r["value_raw"]))

    s = score(map(key, from_text["strategy_indicators"]),
              map(key, from_pdf["strategy_indicators"]))
    assert s.recall >= 0.98 and s.precision >= 0.98, s.report()
    assert from_pdf["documents"][0]["doc_type"] == "strategy"


def _error(path: Path) -> str:
    with pytest.raises(ExtractionError) as info:
        extract_pdf(path)
    message = str(info.value)
    assert message.startswith(f"{path.name}: ")
    return message


def test_scan_without_text(tmp_path):
    message = _error(write_scan(tmp_path / "scan.pdf", tmp_path / "page.png"))
    assert "no text layer" in message and "scanned" in message and "OCR" in message


def test_encrypted(tmp_path):
    register_fonts()
    w = PdfWriter(tmp_path / "locked.pdf", encrypt="secret")
    w.paragraph("Стратегия в области цифровой трансформации")
    w.save()
    assert "encrypted" in _error(tmp_path / "locked.pdf")


@pytest.mark.parametrize("keep", [0.05, 0.5, 0.97])
def test_truncated(tmp_path, keep):
    w = PdfWriter(tmp_path / "whole.pdf")
    for _ in range(60):
        w.paragraph("7. Раздел «Показатели развития отрасли» цифровой трансформации")
    w.save()
    data = (tmp_path / "whole.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: int(len(data) * keep)])
    assert "corrupt or truncated" in _error(cut)


def test_not_a_pdf_inside(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200)
    assert "corrupt or truncated" in _error(bad)


def test_neither_kind(tmp_path):
    """Readable text, but no strategy nor decree: the kind detector says so."""
    register_fonts()
    w = PdfWriter(tmp_path / "menu.pdf")
    w.c.setFont(FONT, 11)
    w.paragraph("Меню столовой на неделю")
    w.save()
    assert "neither" in _error(tmp_path / "menu.pdf")


def test_cli_reports_and_continues(tmp_path):
    """Through `extract_file` the error is the same ExtractionError."""
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n%%EOF")
    with pytest.raises(ExtractionError, match=r"bad\.pdf"):
        extract_file(bad)


def test_ruled_tables_without_section_7_rows(tmp_path):
    """Section 5 ruled and read, sections 6 and 7 printed without their tables: the
    file is named with the sections that are missing, not read half."""
    from tests.pdf_fixtures import H5, SECTION_TITLES, TableSpec, task_link_cells

    w = PdfWriter(tmp_path / "half.pdf")
    w.paragraph("Стратегия в области цифровой трансформации Тестовой области")
    w.heading(f"5. Раздел «{SECTION_TITLES[4]}»")
    rows = [{"row_no": "1.1", "task": "Запись к врачу", "project_name": "Регистратура",
             "sector_name": "Здравоохранение"}]
    w.table(TableSpec([5, 35, 22, 16, 22], H5, task_link_cells(rows)))
    for n in (6, 7, 8):
        w.heading(f"{n}. Раздел «{SECTION_TITLES[n - 1]}»")
        w.paragraph("Таблица приводится в приложении.")
    w.save()
    message = _error(tmp_path / "half.pdf")
    assert "6. «Проекты развития отрасли»" in message
    assert "7. «Показатели развития отрасли»" in message
