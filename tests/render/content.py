"""What a rendered strategy prints in sections 5–7, and the rows a reader must return.

One content model for every renderer (`tests/pdf_fixtures.py` draws it with
reportlab, `tests/render/strategy.py` writes it as Word): rows shaped like the
hand-checked gold files (`tests/gold/<doc>_{task_links,projects,indicators}.csv`,
values per year in `value_<year>` columns, as printed). Sources: the gold of a
corpus strategy, or `synthetic_strategy`, a made-up region whose rows are known by
construction.

The cells printed around the gold columns (goal, description, beneficiaries, …) are
derived here too, so the expected contract rows (`expected_rows`) name exactly what
was printed.
"""

from __future__ import annotations

import csv
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

REGIONS = {
    "000": "Кемеровской области – Кузбасса",
    "002": "Калининградской области",
    "004": "Кабардино-Балкарской Республики",
}
SECTION_TITLES = [
    "Основные положения",
    "Карточка стратегии (краткое содержание)",
    "Приоритеты, цели и задачи цифровой трансформации",
    "Проблемы и вызовы цифровой трансформации",
    "Взаимосвязь задач и проектов стратегии",
    "Проекты развития отрасли",
    "Показатели развития отрасли",
    "Ресурсное обеспечение реализации стратегии",
]
YEARS = (2022, 2023, 2024)
Row = dict[str, str]


def read_csv(name: str) -> list[Row]:
    """A gold file of `tests/gold` as dicts of strings."""
    with (GOLD / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@dataclass
class StrategyContent:
    """What a strategy prints in sections 5–7, as rows of the gold files."""

    region: str  # genitive, as the title prints it
    task_links: list[Row]
    projects: list[Row]
    indicators: list[Row]
    years: tuple[int, ...] = YEARS


def corpus_strategy(doc: str) -> StrategyContent:
    """Sections 5–7 of corpus strategy `doc` from its gold files (004 has them all)."""
    return StrategyContent(
        region=REGIONS[doc],
        task_links=read_csv(f"{doc}_task_links.csv"),
        projects=read_csv(f"{doc}_projects.csv"),
        indicators=read_csv(f"{doc}_indicators.csv"),
    )


# -- cells printed around the gold columns ------------------------------------------

BENEFICIARIES = "- Граждане\n- Органы власти"
FINANCING = "Федеральный бюджет, бюджет субъекта"


def goal(name: str) -> str:
    return (f"Повышение качества и доступности услуг за счет реализации проекта «{name}», "
            "сокращение сроков их предоставления")


def description(name: str, k: int) -> str:
    extra = " ".join(["Проект предусматривает внедрение цифровых сервисов, интеграцию с "
                      "федеральными информационными системами и перевод процессов в "
                      "электронный вид."] * (1 + k % 3))
    return f"В рамках проекта «{name}» планируется: - создание платформы; - {extra}"


def effect(sector_name: str) -> str:
    return f"Сокращение времени получения услуг по направлению «{sector_name}»"


def region_role(k: int) -> str:
    return "Участник" if k % 2 else "Координатор"


def sectors(rows: list[Row]) -> list[tuple[str, str, list[Row]]]:
    """Consecutive rows grouped by sector: (sector_no, sector_name, rows)."""
    out: list[tuple[str, str, list[Row]]] = []
    for row in rows:
        if not out or out[-1][0] != row["sector_no"]:
            out.append((row["sector_no"], row["sector_name"], []))
        out[-1][2].append(row)
    return out


def task_link_cells(rows: list[Row]) -> list[list[str | None]]:
    return [[r["row_no"], r["task"], r["project_name"], BENEFICIARIES.replace("\n", " "),
             effect(r["sector_name"])] for r in rows]


def project_cells(rows: list[Row]) -> list[list[str | None]]:
    return [[r["project_no"], r["project_name"], goal(r["project_name"]), r["term"],
             description(r["project_name"], k), FINANCING, region_role(k)]
            for k, r in enumerate(rows)]


def indicator_cells(rows: list[Row], years: Sequence[int] = YEARS,
                    decimal: str | None = None) -> list[list[str | None]]:
    """Project № / name / body merged (None) over the project's indicator rows;
    values in `decimal` (`,` or `.`) when given, else as in the rows."""
    out: list[list[str | None]] = []
    last = None
    for r in rows:
        key = (r["project_no"], r["project_name"])
        vals = [printed(r[f"value_{y}"], decimal) for y in years]
        lead = [None, None, None] if key == last else \
            [r["project_no"], r["project_name"], r["responsible_org"]]
        out.append([*lead, r["indicator_name"], r["unit"], *vals])
        last = key
    return out


_DECIMAL = re.compile(r"^(-?\d+)[.,](\d+)$")


def printed(value: str, decimal: str | None) -> str:
    """A value with its decimal separator as the layout prints it (`0.5` / `0,5`)."""
    if decimal is None:
        return value
    return _DECIMAL.sub(rf"\1{decimal}\2", value.strip())


def number(value: str) -> str:
    """The contract's `value`: the number with a dot, or empty when not a number."""
    text = value.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return text if re.fullmatch(r"-?\d+(\.\d+)?", text) else ""


# -- the contract rows a reader must return -----------------------------------------

def expected_rows(content: StrategyContent, decimal: str | None = None) -> dict[str, list[Row]]:
    """The contract tables (without source_file) for what the renderers print."""
    links = [{"sector_no": r["sector_no"], "sector_name": r["sector_name"],
              "row_no": r["row_no"], "task": r["task"], "project_name": r["project_name"],
              "beneficiaries": BENEFICIARIES.replace("\n", " "),
              "effect": effect(r["sector_name"])} for r in content.task_links]
    projects = [{"sector_no": r["sector_no"], "sector_name": r["sector_name"],
                 "project_no": r["project_no"], "project_name": r["project_name"],
                 "goal": goal(r["project_name"]), "term": r["term"],
                 "description": description(r["project_name"], k), "financing": FINANCING,
                 "region_role": region_role(k)} for k, r in enumerate(content.projects)]
    indicators = []
    for r in content.indicators:
        for y in content.years:
            raw = printed(r[f"value_{y}"], decimal)
            if raw == "":
                continue  # an empty cell has no row (docs/contract.md)
            indicators.append({
                "sector_no": r["sector_no"], "sector_name": r["sector_name"],
                "project_no": r["project_no"], "project_name": r["project_name"],
                "responsible_org": r["responsible_org"], "indicator_name": r["indicator_name"],
                "unit": r["unit"], "year": str(y), "value_raw": raw, "value": number(raw)})
    return {"strategy_task_links": links, "strategy_projects": projects,
            "strategy_indicators": indicators}


# -- synthetic content: a made-up region from template-like vocabulary --------------

SECTOR_NAMES = ["Здравоохранение", "Образование и наука", "Транспорт и логистика",
                "Государственное управление", "Социальная сфера", "Развитие городской среды",
                "Экология и природопользование", "Строительство", "Промышленность", "Туризм"]
PROJECT_HEADS = ["Цифровая платформа", "Единая информационная система",
                 "Региональный сервис", "Автоматизированная система учета",
                 "Электронный реестр", "Интеллектуальная система мониторинга",
                 "Облачная инфраструктура", "Личный кабинет"]
PROJECT_OBJECTS = ["медицинских организаций", "образовательных организаций",
                   "пассажирских перевозок", "государственных и муниципальных услуг",
                   "мер социальной поддержки", "объектов капитального строительства",
                   "обращения с отходами", "туристических маршрутов", "жилищно-коммунального "
                   "хозяйства", "контрольно-надзорной деятельности"]
LONG_TAILS = [" с интеграцией с федеральными информационными системами и внедрением "
              "сервисов на основе искусственного интеллекта для органов исполнительной "
              "власти и подведомственных учреждений субъекта Российской Федерации",
              " (рекомендовано федеральным органом исполнительной власти (далее ФОИВ))",
              " (рекомендовано ФОИВ)", ""]
BODIES = ["Министерство цифрового развития", "Министерство здравоохранения",
          "Министерство образования и науки", "Министерство транспорта и дорожного хозяйства",
          "Министерство социальной защиты населения", "Комитет по делам архивов",
          "Министерство строительства, жилищно-коммунального хозяйства и энергетики"]
INDICATOR_HEADS = ["Доля", "Количество", "Число", "Уровень", "Среднее время"]
INDICATOR_OBJECTS = ["граждан, получивших услугу в электронном виде",
                     "медицинских организаций, подключенных к региональной системе",
                     "обращений, рассмотренных с использованием платформы обратной связи",
                     "педагогических работников, использующих сервисы цифровой "
                     "образовательной среды", "транспортных средств, оснащенных "
                     "аппаратурой спутниковой навигации ГЛОНАСС",
                     "массовых социально значимых услуг, доступных в электронном виде"]
UNITS = ["процентов", "%", "единиц", "тыс. человек", "минут", "да/нет", "шт."]
TERMS = ["2024", "до 2024 года", "До 2030 года", "2022-2026", "До 2030 года, далее постоянно"]
TASKS = ["Повышение доступности и качества {o} за счет цифровизации процессов",
         "Перевод в электронный вид услуг в сфере {o}, сокращение сроков их предоставления "
         "и повышение удовлетворенности граждан",
         "Создание условий для использования отечественного программного обеспечения в "
         "деятельности {o}"]


def synthetic_strategy(seed: int, region: str, years: Sequence[int],
                       sectors_n: int = 4) -> StrategyContent:
    """A made-up region's sections 5–7: other names, `len(years)` year columns, decimals,
    empty and `-` cells, names long enough to wrap many lines. Same seed, same content."""
    rnd = random.Random(seed)
    links: list[Row] = []
    projects: list[Row] = []
    indicators: list[Row] = []
    for s, sector in enumerate(rnd.sample(SECTOR_NAMES, sectors_n), 1):
        base = {"sector_no": str(s), "sector_name": sector}
        for p in range(1, rnd.randint(2, 5) + 1):
            obj = rnd.choice(PROJECT_OBJECTS)
            name = f"{rnd.choice(PROJECT_HEADS)} {obj}{rnd.choice(LONG_TAILS)}"
            no = f"{s}.{p}"
            links.append({**base, "row_no": no, "task": rnd.choice(TASKS).format(o=obj),
                          "project_name": name})
            projects.append({**base, "project_no": no, "project_name": name,
                             "term": rnd.choice(TERMS)})
            body = rnd.choice(BODIES)
            for _ in range(rnd.randint(1, 4)):
                unit = rnd.choice(UNITS)
                indicator = f"{rnd.choice(INDICATOR_HEADS)} {rnd.choice(INDICATOR_OBJECTS)}"
                if rnd.random() < 0.3:
                    indicator += (", в общем количестве " + rnd.choice(INDICATOR_OBJECTS)
                                  + " на территории субъекта Российской Федерации")
                row = {**base, "project_no": no, "project_name": name, "responsible_org": body,
                       "indicator_name": indicator, "unit": unit}
                row.update({f"value_{y}": _synthetic_value(rnd, unit, k)
                            for k, y in enumerate(years)})
                indicators.append(row)
    return StrategyContent(region=region, task_links=links, projects=projects,
                           indicators=indicators, years=tuple(years))


def _synthetic_value(rnd: random.Random, unit: str, k: int) -> str:
    roll = rnd.random()
    if roll < 0.07:
        return ""
    if roll < 0.14:
        return "-"
    if unit == "да/нет":
        return rnd.choice(["да", "нет"])
    if roll < 0.45:
        return f"{rnd.randint(0, 99)}.{rnd.randint(1, 9)}"
    return str(rnd.randint(0, 100) * (k + 1))
