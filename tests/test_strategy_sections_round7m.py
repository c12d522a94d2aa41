"""A column-number row one longer than its table's rows usually are took the number of
the row after it (`1` … `7`, then row `8` after the repeated header): sections.py keeps
that number for the row, in the page chain's furniture and in a repeated header."""

import re

from extract.strategy.sections import Line, column_number_rows, strip_headers

_NUMBERS = [str(k) for k in range(1, 8)]
_HEADER = ["№ пп", "Наименование проекта", "Роль региона"]
_END = re.compile(r"Роль региона\s*$")


def _raw(last_row: str) -> list[str]:
    rows = [*_HEADER, *_NUMBERS, "1", "Проект первый", "Участник"]
    for no in ("2", "3"):
        rows += ["12", *_HEADER, *_NUMBERS, no, f"Проект {no}", "Участник"]
    return ["6. Проекты развития отрасли", *rows, "13", *_HEADER, *_NUMBERS, last_row,
            "Платформа обратной связи", "Участник"]


def test_a_column_number_row_one_too_long_gives_the_row_its_number() -> None:
    raw = _raw("8")
    runs = column_number_rows(raw)
    assert sorted(runs.values()) == [7, 7, 7, 7]  # the last run would read 1 … 8
    assert runs[raw.index("Платформа обратной связи") - 8] == 7


def test_a_repeated_header_leaves_the_next_row_its_number() -> None:
    lines = [Line(i + 1, t, 1, False) for i, t in enumerate(_raw("8")[1:])]
    body, headers = strip_headers(lines, _END)
    texts = [ln.text for ln in body]
    assert texts[texts.index("Платформа обратной связи") - 1] == "8"
    assert len(headers) == 4


def test_a_row_of_the_usual_length_is_left_whole() -> None:
    """Guard: where every row of the section prints eight numbers, none is cut short
    (a rule that dropped every row's last number would)."""
    raw = "\n".join(t if t != "7" else "7\n8" for t in _raw("1")).split("\n")
    assert set(column_number_rows(raw).values()) == {8}
