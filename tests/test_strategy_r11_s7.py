"""Round 11: section 7 rules on small hand-made dumps."""

from __future__ import annotations

from tests.strategy_dumps import HEADER, SPACED, section7


def test_body_compound_cut_before_its_hyphen_takes_the_hyphen_and_rest_after_a_break() -> None:
    # The body's `жилищно` (no wrap mark) is cut by the page break; after it the
    # hyphen prints alone, then `коммунального` in lower case: no value `-` is
    # followed by lower-case words on its page, so both are the body's rest, and the
    # indicator's tail (`старше 14 лет`) comes after them.
    recs = section7(f"""1.1
Платформа «Альфа»
Министерство\u0020
строительства и\u0020
жилищно
Доля жителей\u0020
городов
15
20
25
2
{HEADER}
-
коммунального\u0020
хозяйства Энской\u0020
области
старше 14 лет
1.2
Проект Бета
Министерство образования Энской области
Доля школ
процентов
1
2
3""", SPACED)
    assert recs[0].responsible_org == (
        "Министерство строительства и жилищно-коммунального хозяйства Энской области")
    assert recs[0].indicator_name == "Доля жителей городов старше 14 лет"
    assert recs[0].values == ["15", "20", "25"]
    assert recs[1].project_name == "Проект Бета"
