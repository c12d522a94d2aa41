"""The contract's text conventions (`extract.text`), shared by every reader."""

import pytest

from extract.text import join_fragments


@pytest.mark.parametrize(("lines", "joined"), [
    (["информационно-", "сервисной"], "информационно-сервисной"),
    # A proper-name compound cut after its hyphen (a page break between its parts in a
    # text dump): the contract's rule holds whatever the next part opens with.
    (["Министерство Кабардино-", "Балкарской Республики"],
     "Министерство Кабардино-Балкарской Республики"),
    # A spaced dash is no split word.
    (["«Мое здоровье» -", "на «Госуслугах»"], "«Мое здоровье» - на «Госуслугах»"),
    (["Министерство", "цифрового развития"], "Министерство цифрового развития"),
])
def test_a_line_end_hyphen_joins_without_a_space(lines: list[str], joined: str) -> None:
    assert join_fragments(lines) == joined
