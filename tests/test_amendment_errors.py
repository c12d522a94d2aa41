"""A cut-off decree or a text that is not a decree fails loudly, naming file and cause."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import ExtractionError, extract_file
from extract.__main__ import main
from extract.amendment import extract_amendment_text

DOC = Path(__file__).parent.parent / "data" / "documents" / "001_1cd28d2c3bb342bc.txt"


def _lines() -> list[str]:
    return DOC.read_text(encoding="utf-8").split("\n")


def _cut(tmp_path: Path, name: str, keep: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(keep), encoding="utf-8")
    return path


def test_cut_before_the_appendices(tmp_path):
    lines = _lines()
    caption = lines.index("Приложение № 1")
    path = _cut(tmp_path, "cut_before_appendix.txt", lines[:caption])
    with pytest.raises(ExtractionError) as err:
        extract_file(path)
    assert "cut_before_appendix.txt" in str(err.value)
    assert "Приложение № 1, 2" in err.value.reason


def test_cut_inside_the_funding_header(tmp_path):
    lines = _lines()
    header_end = next(i for i, line in enumerate(lines) if line.startswith("1\t2\t3\t"))
    path = _cut(tmp_path, "cut_in_header.txt", lines[: header_end + 1])
    with pytest.raises(ExtractionError) as err:
        extract_file(path)
    assert "cut_in_header.txt" in str(err.value) and "Приложение № 1" in err.value.reason


def test_cut_inside_the_funding_table(tmp_path):
    lines = _lines()
    caption = lines.index("Приложение № 1")
    mid = next(i for i, line in enumerate(lines) if i > caption and line.startswith("1.2.1\t"))
    path = _cut(tmp_path, "cut_in_funding.txt", lines[:mid])
    with pytest.raises(ExtractionError, match=r"Приложение № 2") as err:
        extract_file(path)
    assert err.value.path.name == "cut_in_funding.txt"


def test_not_a_decree():
    with pytest.raises(ExtractionError, match="not a decree") as err:
        extract_amendment_text("О внесении изменений в государственную программу\nтекст", "a.txt")
    assert err.value.path.name == "a.txt"


def test_decree_without_program():
    text = "ПОСТАНОВЛЕНИЕ\n\nот 01.02.2023 № 5\n\nО внесении изменений в положение о комиссии\n"
    with pytest.raises(ExtractionError, match="no amended state program"):
        extract_amendment_text(text, "b.txt")


def test_body_cut_with_only_the_passport(tmp_path):
    lines = _lines()
    after_passport = next(i for i, line in enumerate(lines) if line.startswith("1.2.2.5."))
    path = _cut(tmp_path, "cut_in_body.txt", lines[:after_passport])
    with pytest.raises(ExtractionError, match="closing paragraphs"):
        extract_file(path)


def test_cli_reports_the_bad_file_and_writes_the_good(tmp_path, capsys):
    bad = _cut(tmp_path, "bad.txt", _lines()[:100])
    out = tmp_path / "out"
    assert main([str(bad), str(DOC), "--out", str(out)]) == 1
    assert "bad.txt" in capsys.readouterr().err
    assert (out / "program_funding.csv").read_text(encoding="utf-8").count("\n") == 1057
