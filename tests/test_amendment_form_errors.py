"""A decree whose appendix is missing or unreadable fails in every form, naming file and appendix;
.doc and .rtf are read through LibreOffice like the .docx they came from."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pymupdf
import pytest

from extract import ExtractionError, extract_file
from tests.amendment_rows import RENDERED, expected, funding_key, indicator_key, passport_key

LAYOUT = RENDERED / "a4-landscape-11"
CAPTION_2 = "ПРИЛОЖЕНИЕ N 2"  # krai's second appendix (funding is N 1)


def _assert_names_appendix_2(path: Path) -> None:
    with pytest.raises(ExtractionError) as err:
        extract_file(path)
    assert err.value.path.name == path.name and path.name in str(err.value)
    assert "Приложение № 2" in err.value.reason


def test_docx_without_its_second_appendix(tmp_path):
    document = docx.Document(str(LAYOUT / "krai.docx"))
    caption = next(p._p for p in document.paragraphs if p.text == CAPTION_2)
    body = caption.getparent()
    for el in [caption, *caption.itersiblings()]:
        if not el.tag.endswith("}sectPr"):
            body.remove(el)
    path = tmp_path / "krai_cut.docx"
    document.save(str(path))
    _assert_names_appendix_2(path)


def test_docx_whose_indicator_table_has_no_rows(tmp_path):
    document = docx.Document(str(LAYOUT / "krai.docx"))
    table = document.tables[-1]
    for row in list(table.rows)[3:]:  # keep the two header rows and the `1 … N` row
        table._tbl.remove(row._tr)
    path = tmp_path / "krai_header_only.docx"
    document.save(str(path))
    _assert_names_appendix_2(path)


def test_pdf_cut_before_its_second_appendix(tmp_path):
    path = tmp_path / "krai_cut.pdf"
    with pymupdf.open(LAYOUT / "krai.pdf") as pdf:
        first = next(p.number for p in pdf if CAPTION_2 in p.get_text())
        pdf.select(list(range(first)))
        pdf.save(path)
    _assert_names_appendix_2(path)


def test_text_dump_cut_before_its_second_appendix(tmp_path):
    lines = (LAYOUT / "krai.txt").read_text(encoding="utf-8").split("\n")
    path = tmp_path / "krai_cut.txt"
    path.write_text("\n".join(lines[: lines.index(CAPTION_2)]), encoding="utf-8")
    _assert_names_appendix_2(path)


def test_text_dump_cut_inside_the_indicator_header(tmp_path):
    lines = (LAYOUT / "krai.txt").read_text(encoding="utf-8").split("\n")
    at = lines.index(CAPTION_2)
    header = next(i for i in range(at, len(lines)) if lines[i].startswith("№"))
    path = tmp_path / "krai_cut_header.txt"
    path.write_text("\n".join(lines[: header + 3]), encoding="utf-8")
    _assert_names_appendix_2(path)


needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice (soffice) is not installed here; CI has it")


@needs_soffice
@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_doc_and_rtf_extract_like_the_docx(fmt):
    converted = extract_file(RENDERED / "converted" / f"republic.{fmt}")
    original = extract_file(LAYOUT / "republic.docx")
    for table in ("program_funding", "program_passport_funding", "program_indicators"):
        assert len(converted.rows(table)) == len(original.rows(table)) > 0
    assert sorted(map(funding_key, converted.rows("program_funding"))) == sorted(
        map(funding_key, expected("republic", "funding")))
    assert sorted(map(passport_key, converted.rows("program_passport_funding"))) == sorted(
        map(passport_key, expected("republic", "passport_funding")))
    assert sorted(indicator_key(r, "value_raw") for r in converted.rows("program_indicators")) \
        == sorted(indicator_key(r, "value") for r in expected("republic", "indicators"))
    (document,) = converted.rows("documents")
    assert document["format"] == fmt and document["source_file"] == f"republic.{fmt}"


@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_doc_and_rtf_without_libreoffice_say_how_to_convert(fmt, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice, no libreoffice
    path = RENDERED / "converted" / f"republic.{fmt}"
    with pytest.raises(ExtractionError) as err:
        extract_file(path)
    assert err.value.path.name == f"republic.{fmt}"
    assert "soffice" in err.value.reason and "--convert-to docx" in err.value.reason
