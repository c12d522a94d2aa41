"""One region, one name: strategies and decrees print it in the genitive, differently."""

from __future__ import annotations

import pytest

from extract.regions import region_nominative


@pytest.mark.parametrize(("genitive", "nominative"), [
    ("Кемеровской области – Кузбасса", "Кемеровская область – Кузбасс"),  # a decree's header
    ("Кемеровской области Кузбасса", "Кемеровская область – Кузбасс"),  # a strategy's title
    ("Ханты-Мансийского автономного округа – Югры", "Ханты-Мансийский автономный округ – Югра"),
    ("Республики Саха (Якутия)", "Республика Саха (Якутия)"),
    ("Республики Северная Осетия – Алания", "Республика Северная Осетия – Алания"),
    ("Республики Татарстан", "Республика Татарстан"),
    ("Кабардино-Балкарской Республики", "Кабардино-Балкарская Республика"),
    ("Чувашской Республики – Чувашии", "Чувашская Республика – Чувашия"),
    ("Пермского края", "Пермский край"),
    ("Краснодарского края", "Краснодарский край"),
    ("Тверской области", "Тверская область"),
    ("Еврейской автономной области", "Еврейская автономная область"),
    ("города Москвы", "город Москва"),
])
def test_region_to_nominative(genitive: str, nominative: str) -> None:
    assert region_nominative(genitive) == nominative


def test_unknown_shape_is_kept_as_printed() -> None:
    assert region_nominative("Неведомой земли") == "Неведомой земли"
