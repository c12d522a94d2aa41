"""A file that is not a strategy of the template, or a cut one, is an error naming
the file and what is missing, never silently partial tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import ExtractionError
from extract.extraction import extract_file
from extract.strategy import extract_strategy_text

DOC = Path(__file__).resolve().parent.parent / "data" / "documents" / "004_3829325a8a477fa3.txt"


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return DOC.read_text(encoding="utf-8").split("\n")


def _line_of(lines: list[str], start: str) -> int:
    """Index of the body heading (the last line that starts with `start`)."""
    return max(i for i, ln in enumerate(lines) if ln.strip().startswith(start))


def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_section_7_cut_off(tmp_path: Path, lines: list[str]) -> None:
    s7 = _line_of(lines, "7. Раздел «Показатели")
    path = _write(tmp_path, "cut_in_7.txt", lines[: s7 + 400])
    with pytest.raises(ExtractionError) as err:
        extract_file(path)
    assert "cut_in_7.txt" in str(err.value)
    assert "section 8" in str(err.value) and "section 7" in str(err.value)


def test_section_7_missing(tmp_path: Path, lines: list[str]) -> None:
    s7 = _line_of(lines, "7. Раздел «Показатели")
    s8 = _line_of(lines, "8. Раздел «Ресурсное")
    path = _write(tmp_path, "no_7.txt", lines[:s7] + lines[s8:])
    with pytest.raises(ExtractionError) as err:
        extract_file(path)
    assert "no_7.txt" in str(err.value)
    assert "Показатели развития отрасли" in str(err.value)


def test_only_the_table_of_contents(tmp_path: Path, lines: list[str]) -> None:
    """The contents name every section; they are not the sections."""
    path = _write(tmp_path, "toc_only.txt", lines[:60])
    with pytest.raises(ExtractionError) as err:
        extract_file(path)
    assert "toc_only.txt" in str(err.value)
    assert "not found" in str(err.value)


def test_text_of_another_kind(tmp_path: Path) -> None:
    path = _write(tmp_path, "letter.txt", ["Уважаемые коллеги!", "Просим рассмотреть."])
    with pytest.raises(ExtractionError) as err:
        extract_file(path)
    assert "letter.txt" in str(err.value)


def test_section_7_without_rows(tmp_path: Path, lines: list[str]) -> None:
    s7 = _line_of(lines, "7. Раздел «Показатели")
    s8 = _line_of(lines, "8. Раздел «Ресурсное")
    body = lines[: s7 + 1] + lines[s8:]
    with pytest.raises(ExtractionError) as err:
        extract_strategy_text("\n".join(body), "empty_7.txt")
    assert "empty_7.txt" in str(err.value) and "section 7" in str(err.value)
