"""Section 7, round 7b: a long merged name cut again by a later page break (hand-made dumps)."""

from __future__ import annotations

from dataclasses import replace

from extract.strategy.sections import norm_key
from tests.strategy_dumps import HEADER, SPACED, section7

_BRK2 = f"2\n{HEADER}\n"
_BRK3 = f"3\n{HEADER}\n"

_NAME = "Система учета грузов для органов власти и подведомственных учреждений"
_CTX = replace(SPACED, project_texts={1: [norm_key(_NAME)]})

# The row cut by two breaks: its first lines, then (page 2) the name's rest until the
# page ran out (`власти и ` still wrapped) and the indicator's tail (`навигации ` /
# `ГЛОНАСС`), then (page 3) the name's rest again, before the next project.
_DUMP = ("1.1\nСистема учета \nгрузов \nМинистерство связи\nУровень транспортных \n"
         "средств \nпроцентов\n1\n2\n3\n" + _BRK2
         + "для органов \nвласти и \nнавигации \nГЛОНАСС\n" + _BRK3
         + "подведомственных \nучреждений\n"
         "1.2\nПроект Бета\nМинистерство связи\nЧисло записей\nпроцентов\n4\n5\n6")


def test_name_rest_spelled_otherwise_is_the_indicators_tail() -> None:
    a, _ = section7(_DUMP, _CTX)
    assert a.indicator_name == "Уровень транспортных средств навигации ГЛОНАСС"


def test_name_rest_after_the_second_break_completes_the_name() -> None:
    a, b = section7(_DUMP, _CTX)
    assert a.project_name == _NAME
    assert b.project_name == "Проект Бета"


def test_without_section6_the_wrapped_name_goes_on() -> None:
    # Nothing tells the page ran out beside the name: its wrap mark carries it on.
    a, _ = section7(_DUMP, SPACED)
    assert a.project_name.startswith("Система учета грузов для органов власти и навигации")
