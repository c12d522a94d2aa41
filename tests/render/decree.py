"""State-program amendment decrees as Word documents, from known content.

A decree of the federal practice: issuer, «ПОСТАНОВЛЕНИЕ», «от … № …», the title
naming the amended program, numbered points (one restates the passport — whole or
only its funding row — as a two-column table, two restate appendices), closing
points, then the appendices: a caption («Приложение № 1», «ПРИЛОЖЕНИЕ N 1»,
«Приложение 1» …), a heading, and a real Word table with its header rows repeated
on every page, item number and name merged down over the source / indicator rows,
rows free to break across pages.

Content comes from the corpus decree's gold (`corpus_decree`) or from two made-up
regions (`krai_decree`, `republic_decree`) whose amounts add up by construction;
`expected_rows` gives the contract rows a reader must return, whatever the form.
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tests.render.word import (
    LEFT,
    UP,
    PageSetup,
    add_table,
    new_document,
    page_number_footer,
    paragraph,
    save,
)

GOLD = Path(__file__).resolve().parent.parent / "gold"
SOURCES = ("total", "regional", "federal", "local", "extrabudgetary")


@dataclass
class Item:
    no: str  # '' for the program row
    name: str
    amounts: dict[str, dict[int, str]] = field(default_factory=dict)  # source -> year -> printed


@dataclass
class Indicator:
    no: str
    item_name: str
    name: str
    unit: str
    values: dict[int, str]  # year -> printed («-» prints no value)


@dataclass
class Appendix:
    caption: list[str]  # caption lines («Приложение № 1», «к постановлению …», «от …»)
    heading: list[str]  # title lines above the table


@dataclass
class DecreeContent:
    key: str
    issuer: list[str]
    act_line: str
    title: str
    points: list[str]  # numbered points before the passport table
    passport_rows: list[tuple[str, str]]  # (label, value) of the restated passport
    after_passport: list[str]  # points after it (they reference the appendices)
    signature: str
    funding_appendix: Appendix
    funding_header: list[str]  # № / name / source titles (rows form) or № / name / year
    funding_years: list[int]
    labels: dict[str, str]  # source -> label as printed
    items: list[Item]
    sources_as_columns: bool
    indicator_appendix: Appendix
    indicator_header: list[str]  # № / item name / indicator / unit titles
    indicator_years: list[int]
    indicators: list[Indicator]
    passport: list[tuple[str, int | None, str]]  # (source, year, printed) in the prose


# --- printing amounts ---------------------------------------------------------------

def grouped(printed: str) -> str:
    """«8055047,9» -> «8 055 047,9» (the passport's prose groups thousands)."""
    whole, _, frac = printed.partition(",")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return " ".join(groups) + (f",{frac}" if frac else "")


def tenths(value: int) -> str:
    return f"{value // 10},{value % 10}"


# --- rendering ----------------------------------------------------------------------

@dataclass(frozen=True)
class DecreeLayout:
    name: str
    page: PageSetup
    size_pt: float
    font: str = "Liberation Serif"


LAYOUTS = [
    DecreeLayout("a4-landscape-11", PageSetup("A4", landscape=True, margin_cm=2.0), 11),
    DecreeLayout("a4-portrait-7", PageSetup("A4", landscape=False, margin_cm=1.2), 7),
    DecreeLayout("a4-landscape-9-sans", PageSetup("A4", landscape=True, margin_cm=1.5), 9,
                 font="Liberation Sans"),
]


def _fit_cm(texts: list[str], size_pt: float, font: str = "Liberation Serif") -> float:
    """A column wide enough for the longest of `texts` on one line (a sans face's
    digits are wider than a serif's)."""
    longest = max((len(t) for t in texts), default=1)
    em = 0.62 if "sans" in font.lower() or "arial" in font.lower() else 0.55
    return longest * size_pt * em / 28.35 + 0.3


MIN_FLEXIBLE_SHARE = 0.3  # names get at least this share of the width, as set by hand


def _widths(layout: DecreeLayout, fixed: list[float], flexible: list[float]) -> list[float]:
    """Flexible columns share what the fixed ones leave, in the given proportions; when
    that is too little, the fixed ones are narrowed (their numbers then wrap)."""
    width = layout.page.text_width_cm - 0.2
    if width - sum(fixed) < MIN_FLEXIBLE_SHARE * width:
        fixed = [w * (1 - MIN_FLEXIBLE_SHARE) * width / sum(fixed) for w in fixed]
    rest = width - sum(fixed)
    return [rest * f / sum(flexible) for f in flexible] + fixed


def render_decree(content: DecreeContent, layout: DecreeLayout, path: Path) -> Path:
    """`path` (.docx): the whole decree set as `layout` says."""
    doc = new_document(layout.page, layout.font, layout.size_pt)
    page_number_footer(doc.sections[0])
    for line in content.issuer:
        paragraph(doc, line, bold=True, center=True)
    paragraph(doc, "")
    paragraph(doc, "ПОСТАНОВЛЕНИЕ", bold=True, center=True)
    paragraph(doc, "")
    paragraph(doc, content.act_line, center=True)
    paragraph(doc, "")
    paragraph(doc, content.title, bold=True, center=True)
    paragraph(doc, "")
    for text in content.points:
        paragraph(doc, text)
    paragraph(doc, "«")
    label_w = layout.page.text_width_cm * 0.3
    add_table(doc, [label_w, layout.page.text_width_cm - label_w - 0.2], [],
              [list(r) for r in content.passport_rows], repeat_header=False)
    paragraph(doc, "».")
    for text in content.after_passport:
        paragraph(doc, text)
    paragraph(doc, "")
    paragraph(doc, content.signature)
    _appendix(doc, content.funding_appendix, page_break=True)
    _funding_table(doc, content, layout)
    _appendix(doc, content.indicator_appendix, page_break=True)
    _indicator_table(doc, content, layout)
    return save(doc, path)


def _appendix(doc, appendix: Appendix, *, page_break: bool) -> None:
    for k, line in enumerate(appendix.caption):
        paragraph(doc, line, page_break_before=page_break and k == 0)
    paragraph(doc, "")
    for line in appendix.heading:
        paragraph(doc, line, bold=True, center=True)
    paragraph(doc, "")


def _funding_table(doc, content: DecreeContent, layout: DecreeLayout) -> None:
    years = content.funding_years
    amounts = [a for item in content.items for by_year in item.amounts.values()
               for a in by_year.values()]
    value_w = _fit_cm(amounts, layout.size_pt, layout.font)
    no_w = _fit_cm([i.no for i in content.items] + ["№ п/п"], layout.size_pt)
    no_t, name_t, third_t = content.funding_header
    if content.sources_as_columns:
        sources = [s for s in SOURCES if any(s in i.amounts for i in content.items)]
        ncols = len(sources)
        header = [[no_t, name_t, third_t, "Объем финансирования, тыс. рублей",
                   *[LEFT] * (ncols - 1)],
                  [UP, UP, UP, *[content.labels[s] for s in sources]],
                  [str(i + 1) for i in range(3 + ncols)]]
        year_w = _fit_cm(["2030", "Год"], layout.size_pt) + 0.3
        widths = _widths(layout, [year_w, *[max(value_w, 2.0)] * ncols], [1])
        widths = [no_w, widths[0] - no_w, *widths[1:]]
        body = []
        for item in content.items:
            for k, year in enumerate(years):
                lead = [item.no, item.name] if k == 0 else [None, None]
                body.append([*lead, str(year),
                             *[item.amounts.get(s, {}).get(year, "-") for s in sources]])
    else:
        header = [[no_t, name_t, third_t, "Объем финансирования, тыс. рублей",
                   *[LEFT] * (len(years) - 1)],
                  [UP, UP, UP, *[f"{y} год" for y in years]],
                  [str(i + 1) for i in range(3 + len(years))]]
        label_w = _fit_cm([w for label in content.labels.values() for w in label.split()],
                          layout.size_pt, layout.font)
        widths = _widths(layout, [label_w, *[value_w] * len(years)], [1])
        widths = [no_w, widths[0] - no_w, *widths[1:]]
        body = []
        for item in content.items:
            for k, source in enumerate(s for s in SOURCES if s in item.amounts):
                lead = [item.no, item.name] if k == 0 else [None, None]
                body.append([*lead, content.labels[source],
                             *[item.amounts[source].get(y, "") for y in years]])
    add_table(doc, widths, header, body)


def _indicator_table(doc, content: DecreeContent, layout: DecreeLayout) -> None:
    years = content.indicator_years
    values = [v for ind in content.indicators for v in ind.values.values()]
    value_w = _fit_cm([*values, "20300"], layout.size_pt, layout.font)
    no_w = _fit_cm([i.no for i in content.indicators] + ["№ п/п"], layout.size_pt)
    header = [[*content.indicator_header, "Значения показателя по годам",
               *[LEFT] * (len(years) - 1)],
              [UP] * 4 + [str(y) for y in years],
              [str(i + 1) for i in range(4 + len(years))]]
    widths = _widths(layout, [value_w] * len(years), [3, 3.6, 1.6])
    widths = [no_w, widths[0] - no_w, *widths[1:]]
    body = []
    previous = None
    for ind in content.indicators:
        key = (ind.no, ind.item_name)
        lead = [None, None] if key == previous else [ind.no, ind.item_name]
        previous = key
        body.append([*lead, ind.name, ind.unit, *[ind.values.get(y, "-") for y in years]])
    add_table(doc, widths, header, body)


# --- expected rows ------------------------------------------------------------------

def _number(printed: str) -> str:
    return printed.replace(" ", "").replace(",", ".")


def _level(no: str) -> str:
    return ("program", "subprogram", "measure", "submeasure")[min(no.count(".") + 1 if no
                                                                  else 0, 3)]


def expected_rows(content: DecreeContent) -> dict[str, list[dict]]:
    """The contract rows every form of the decree must yield (gold-file columns)."""
    funding = [
        {"item_no": item.no, "item_name": item.name, "level": _level(item.no),
         "source": source, "year": year, "amount_thousand_rub": _number(printed)}
        for item in content.items for source in SOURCES
        for year, printed in sorted(item.amounts.get(source, {}).items())
        if printed not in ("", "-")
    ]
    passport = [{"source": s, "year": "" if y is None else y, "amount_thousand_rub": _number(p)}
                for s, y, p in content.passport]
    indicators = [
        {"item_no": ind.no, "item_name": ind.item_name, "indicator_name": ind.name,
         "unit": ind.unit, "year": year, "value": printed.replace(",", ".")}
        for ind in content.indicators for year, printed in sorted(ind.values.items())
        if printed != "-"
    ]
    return {"funding": funding, "passport_funding": passport, "indicators": indicators}


def write_expected(content: DecreeContent, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in expected_rows(content).items():
        with (folder / f"{content.key}_{name}.csv").open("w", encoding="utf-8",
                                                          newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)


# --- the passport's prose -----------------------------------------------------------

_IN_PROSE = {
    "regional": "средства {regional}", "federal": "средства федерального бюджета",
    "local": "средства местных бюджетов", "extrabudgetary": "внебюджетные источники",
}


def passport_prose(figures: list[tuple[str, int | None, str]], regional_genitive: str,
                   *, total_words: str = "Общий объем") -> str:
    """«Общий объем – … тыс. рублей, в том числе по годам: 2014 год – …; из них: …»."""
    by_source: dict[str, list[tuple[int | None, str]]] = defaultdict(list)
    for source, year, printed in figures:
        by_source[source].append((year, printed))
    parts = []
    for source, figs in by_source.items():
        whole = next(p for y, p in figs if y is None)
        years = "; ".join(f"{y} год – {grouped(p)} тыс. рублей" for y, p in figs if y)
        words = total_words if source == "total" else _IN_PROSE[source].format(
            regional=regional_genitive)
        parts.append(f"{words} – {grouped(whole)} тыс. рублей, в том числе по годам: {years}")
    return parts[0] + "; из них: " + "; ".join(parts[1:]) + "."


# --- the corpus decree (gold of 001) ------------------------------------------------

def corpus_decree() -> DecreeContent:
    """Decree 001 as its hand-checked gold has it (amounts, names, indicators)."""
    items: dict[tuple[str, str], Item] = {}
    with (GOLD / "001_funding.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            item = items.setdefault((r["item_no"], r["item_name"]),
                                    Item(r["item_no"], r["item_name"]))
            item.amounts.setdefault(r["source"], {})[int(r["year"])] = \
                r["amount_thousand_rub"].replace(".", ",")
    years = list(range(2019, 2026))
    for item in items.values():  # a source row missing a year prints an empty cell
        for by_year in item.amounts.values():
            for y in years:
                by_year.setdefault(y, "")
    grouped_ind: dict[tuple, Indicator] = {}
    with (GOLD / "001_indicators.csv").open(encoding="utf-8") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: int(r["line_first"]))
    for r in rows:
        key = (r["item_no"], r["item_name"], r["indicator_name"], r["unit"], r["line_first"])
        ind = grouped_ind.setdefault(key, Indicator(r["item_no"], r["item_name"],
                                                    r["indicator_name"], r["unit"], {}))
        ind.values[int(r["year"])] = r["value"].replace(".", ",")
    order = {}
    for ind in grouped_ind.values():
        order.setdefault((ind.no, ind.item_name), len(order))
    indicators = sorted(grouped_ind.values(), key=lambda i: order[(i.no, i.item_name)])
    with (GOLD / "001_passport_funding.csv").open(encoding="utf-8") as fh:
        passport = [(r["source"], int(r["year"]) if r["year"] else None,
                     r["amount_thousand_rub"].replace(".", ",")) for r in csv.DictReader(fh)]
    # Local budgets as tests/gold/001.notes.md lists them (not in the gold CSV).
    passport += [("local", None, "141902,3"), ("local", 2014, "48982,3"),
                 ("local", 2015, "22566,1"), ("local", 2016, "6450,0"),
                 ("local", 2017, "50431,7"), ("local", 2018, "13472,2")]
    program = "Информационное общество Кузбасса"
    return DecreeContent(
        key="001",
        issuer=["ПРАВИТЕЛЬСТВО", "КЕМЕРОВСКОЙ ОБЛАСТИ - КУЗБАССА"],
        act_line="от «16» сентября 2022 г. № 630",
        title=("О внесении изменений в постановление Коллегии Администрации Кемеровской "
               "области от 20.09.2013 №400 «Об утверждении государственной программы "
               f"Кемеровской области – Кузбасса «{program}» на 2014 – 2024 годы»"),
        points=[
            "1. Внести в постановление Коллегии Администрации Кемеровской области от "
            "20.09.2013 №400 следующие изменения:",
            "1.1. В заголовке и пункте 1 цифры «2014 – 2024» заменить цифрами «2014 – 2025».",
            "1.2. Позиции «Срок реализации Государственной программы», «Объемы и источники "
            "финансирования Государственной программы в целом и с разбивкой по годам ее "
            "реализации» паспорта изложить в следующей редакции:",
        ],
        passport_rows=[
            ("Срок реализации Государственной программы",
             "2014 - 2025 годы I этап - 2014 - 2018 годы II этап - 2019 - 2025 годы"),
            ("Объемы и источники финансирования Государственной программы в целом и с "
             "разбивкой по годам ее реализации",
             passport_prose(passport, "областного бюджета")),
        ],
        after_passport=[
            "1.3. Подраздел «II этап - 2019 - 2024 годы» раздела 4 изложить в новой редакции "
            "согласно приложению №1 к настоящему постановлению.",
            "1.4. Подраздел «II этап - 2019 - 2024 годы» раздела 5 изложить в новой редакции "
            "согласно приложению №2 к настоящему постановлению.",
            "2. Настоящее постановление подлежит опубликованию на сайте «Электронный "
            "бюллетень Правительства Кемеровской области – Кузбасса».",
            "3. Контроль за исполнением настоящего постановления возложить на заместителя "
            "председателя Правительства Кемеровской области – Кузбасса.",
        ],
        signature="Первый заместитель председателя Правительства Кемеровской области – "
                  "Кузбасса И.Ю. Малахов",
        funding_appendix=Appendix(
            ["Приложение № 1", "к постановлению Правительства",
             "Кемеровской области – Кузбасса", "от 16 сентября 2022 г. № 630"],
            ["II этап – 2019 - 2025 годы"]),
        funding_header=["№ п/п", "Наименование Государственной программы, подпрограммы, "
                        "основного мероприятия, мероприятия", "Источник финансирования"],
        funding_years=years,
        labels={"total": "Всего", "regional": "областной бюджет",
                "federal": "иные не запрещенные законодательством источники: федеральный "
                           "бюджет"},
        items=list(items.values()),
        sources_as_columns=False,
        indicator_appendix=Appendix(
            ["Приложение № 2", "к постановлению Правительства",
             "Кемеровской области – Кузбасса", "от 16 сентября 2022 г. № 630"],
            ["II этап – 2019 - 2025 годы"]),
        indicator_header=["№ п/п", "Наименование государственной программы, подпрограммы, "
                          "мероприятия", "Наименование целевого показателя (индикатора)",
                          "Единица измерения"],
        indicator_years=years,
        indicators=indicators,
        passport=passport,
    )


# --- made-up regions ----------------------------------------------------------------

_MEASURES = [
    "Развитие инфраструктуры связи в малых населенных пунктах",
    "Создание и развитие региональной системы электронного документооборота",
    "Обеспечение информационной безопасности государственных информационных систем",
    "Модернизация центра обработки данных",
    "Внедрение цифровых сервисов в сфере здравоохранения и социальной защиты населения",
    "Подключение социально значимых объектов к информационно-телекоммуникационной сети "
    "«Интернет»",
    "Развитие многофункциональных центров предоставления государственных и муниципальных "
    "услуг",
    "Подготовка кадров для цифровой экономики",
    "Поддержка проектов цифровой трансформации муниципальных образований",
    "Сопровождение региональной геоинформационной системы",
]
_INDICATORS = [
    ("Доля населенных пунктов, обеспеченных доступом к сети «Интернет»", "процентов"),
    ("Количество государственных услуг, предоставляемых в электронном виде", "единиц"),
    ("Доля органов власти, использующих систему электронного документооборота", "процентов"),
    ("Количество специалистов, прошедших обучение цифровым компетенциям", "человек"),
    ("Среднее время ожидания в очереди при обращении в МФЦ", "минут"),
    ("Наличие действующей системы мониторинга информационной безопасности", "да/нет"),
    ("Число муниципальных образований, реализующих проекты цифровой трансформации",
     "условных единиц"),
]


def _outline(rng: random.Random, depth_shape: list[int]) -> list[str]:
    """Item numbers 1, 1.1, 1.1.1, 1.1.1.1 … in print order, `depth_shape[d]` children
    at most per node of depth d (at least one)."""
    out: list[str] = []

    def walk(prefix: str, depth: int) -> None:
        if depth == len(depth_shape):
            return
        for k in range(1, rng.randint(1, depth_shape[depth]) + 1):
            no = f"{prefix}.{k}" if prefix else str(k)
            out.append(no)
            walk(no, depth + 1)

    walk("", 0)
    return out


def _synthetic_items(rng: random.Random, program: str, years: list[int],
                     sources: list[str], depth_shape: list[int]) -> list[Item]:
    """Leaves get random amounts per source; parents and «Всего» are the sums."""
    numbers = _outline(rng, depth_shape)
    kinds = {1: "Подпрограмма", 2: "Основное мероприятие", 3: "Мероприятие"}
    leaves = {n for n in numbers if not any(m.startswith(n + ".") for m in numbers)}
    raw: dict[str, dict[str, dict[int, int]]] = {}
    for n in numbers:
        if n in leaves:
            used = ["regional", *rng.sample(sources[1:], rng.randint(0, len(sources) - 1))]
            raw[n] = {s: {y: rng.choice([0, rng.randint(1, 99999), rng.randint(1, 999999)])
                          for y in years} for s in used}
    for n in sorted(numbers, key=lambda x: -x.count(".")):
        if n in leaves:
            continue
        kids = [m for m in numbers if m.startswith(n + ".") and m.count(".") == n.count(".") + 1]
        raw[n] = _sum([raw[k] for k in kids], years)
    raw[""] = _sum([raw[n] for n in numbers if "." not in n], years)
    items = []
    for n in ["", *numbers]:
        depth = n.count(".") + 1 if n else 0
        name = (program if not n else
                f"{kinds.get(depth, 'Мероприятие')} «{_MEASURES[rng.randrange(len(_MEASURES))]}»"
                if depth < 4 else _MEASURES[rng.randrange(len(_MEASURES))])
        by_source = raw[n]
        total = {y: sum(by_source[s][y] for s in by_source) for y in years}
        amounts = {"total": {y: tenths(v) for y, v in total.items()}}
        for s in sources:
            if s in by_source:
                amounts[s] = {y: tenths(v) for y, v in by_source[s].items()}
        items.append(Item(n, name, amounts))
    return items


def _sum(parts: list[dict[str, dict[int, int]]], years: list[int]) -> dict[str, dict[int, int]]:
    out: dict[str, dict[int, int]] = {}
    for part in parts:
        for s, by_year in part.items():
            acc = out.setdefault(s, dict.fromkeys(years, 0))
            for y, v in by_year.items():
                acc[y] += v
    return out


def _synthetic_indicators(rng: random.Random, items: list[Item],
                          years: list[int]) -> list[Indicator]:
    out = []
    for item in items:
        if not item.no or rng.random() < 0.35:
            continue
        for name, unit in rng.sample(_INDICATORS, rng.randint(1, 2)):
            start = rng.randrange(len(years))
            values = {}
            for k, y in enumerate(years):
                if k < start:
                    values[y] = "-"
                elif unit == "да/нет":
                    values[y] = "да"
                elif unit == "процентов":
                    values[y] = f"{rng.randint(10, 99)},{rng.randint(0, 9)}"
                else:
                    values[y] = str(rng.randint(1, 500))
            out.append(Indicator(item.no, item.name, name, unit, values))
    return out


def _passport_from(items: list[Item], years: list[int], sources: list[str],
                   ) -> list[tuple[str, int | None, str]]:
    program = items[0]
    out = []
    for s in ["total", *sources]:
        if s not in program.amounts:
            continue
        by_year = program.amounts[s]
        whole = sum(int(v.replace(",", "")) for v in by_year.values())
        out.append((s, None, tenths(whole)))
        out += [(s, y, by_year[y]) for y in years]
    return out


def krai_decree() -> DecreeContent:
    """A territory (край): «краевой бюджет», five source rows under each item, items to
    four levels, «ПРИЛОЖЕНИЕ N 1», the passport restated in full."""
    rng = random.Random(2024)
    years = list(range(2024, 2031))
    sources = ["regional", "federal", "local", "extrabudgetary"]
    program = "Государственная программа Хабаровского края «Цифровой край» на 2014 – 2030 годы"
    items = _synthetic_items(rng, program, years, sources, [3, 2, 2, 2])
    passport = _passport_from(items, years, sources)
    return DecreeContent(
        key="krai",
        issuer=["ПРАВИТЕЛЬСТВО ХАБАРОВСКОГО КРАЯ"],
        act_line="от 14 марта 2024 г. № 88-пр",
        title=("О внесении изменений в государственную программу Хабаровского края «Цифровой "
               "край», утвержденную постановлением Правительства Хабаровского края от "
               "05.06.2013 № 150-пр"),
        points=[
            "Правительство края постановляет:",
            "1. Внести в государственную программу Хабаровского края «Цифровой край», "
            "утвержденную постановлением Правительства Хабаровского края от 05.06.2013 "
            "№ 150-пр, следующие изменения:",
            "1.1. Паспорт государственной программы изложить в следующей редакции:",
        ],
        passport_rows=[
            ("Ответственный исполнитель государственной программы",
             "министерство цифрового развития края"),
            ("Цель государственной программы",
             "повышение качества жизни населения края за счет цифровых технологий"),
            ("Сроки реализации государственной программы", "2014 – 2030 годы"),
            ("Объемы и источники финансирования государственной программы",
             passport_prose(passport, "краевого бюджета",
                            total_words="Общий объем финансирования")),
            ("Конечные результаты реализации государственной программы",
             "доля услуг, предоставляемых в электронном виде, – не менее 95 процентов"),
        ],
        after_passport=[
            "1.2. Приложение № 3 к государственной программе изложить в редакции согласно "
            "приложению N 1 к настоящему постановлению.",
            "1.3. Приложение № 4 к государственной программе изложить в редакции согласно "
            "приложению N 2 к настоящему постановлению.",
            "2. Настоящее постановление вступает в силу после его официального "
            "опубликования.",
        ],
        signature="Председатель Правительства края Е.В. Иванов",
        funding_appendix=Appendix(
            ["ПРИЛОЖЕНИЕ N 1", "к постановлению", "Правительства Хабаровского края",
             "от 14 марта 2024 г. № 88-пр"],
            ["РЕСУРСНОЕ ОБЕСПЕЧЕНИЕ", "реализации государственной программы за счет всех "
             "источников финансирования"]),
        funding_header=["№ п/п", "Наименование государственной программы, подпрограммы, "
                        "основного мероприятия, мероприятия", "Источники финансирования"],
        funding_years=years,
        labels={"total": "всего", "regional": "краевой бюджет",
                "federal": "федеральный бюджет", "local": "средства местных бюджетов",
                "extrabudgetary": "внебюджетные источники"},
        items=items,
        sources_as_columns=False,
        indicator_appendix=Appendix(
            ["ПРИЛОЖЕНИЕ N 2", "к постановлению", "Правительства Хабаровского края",
             "от 14 марта 2024 г. № 88-пр"],
            ["СВЕДЕНИЯ", "о показателях (индикаторах) государственной программы"]),
        indicator_header=["№ п/п", "Наименование подпрограммы, мероприятия",
                          "Наименование показателя (индикатора)", "Единица измерения"],
        indicator_years=years,
        indicators=_synthetic_indicators(rng, items, years),
        passport=passport,
    )


def republic_decree() -> DecreeContent:
    """A republic: «республиканский бюджет», sources as columns and years as rows,
    «Приложение 1», only the passport's funding row restated."""
    rng = random.Random(2025)
    years = list(range(2025, 2031))
    sources = ["regional", "federal", "local", "extrabudgetary"]
    program = ("Государственная программа Республики Бурятия «Развитие информационного "
               "общества» на 2015 – 2030 годы")
    items = _synthetic_items(rng, program, years, sources, [2, 3, 2])
    passport = _passport_from(items, years, sources)
    return DecreeContent(
        key="republic",
        issuer=["ПРАВИТЕЛЬСТВО РЕСПУБЛИКИ БУРЯТИЯ"],
        act_line="от 12.03.2025 № 140",
        title=("О внесении изменений в государственную программу Республики Бурятия "
               "«Развитие информационного общества», утвержденную постановлением "
               "Правительства Республики Бурятия от 30.12.2014 № 690"),
        points=[
            "Правительство Республики Бурятия постановляет:",
            "1. Внести в государственную программу Республики Бурятия «Развитие "
            "информационного общества» следующие изменения:",
            "1.1. Позицию «Объемы бюджетных ассигнований Программы» паспорта изложить в "
            "следующей редакции:",
        ],
        passport_rows=[
            ("Объемы бюджетных ассигнований Программы",
             passport_prose(passport, "республиканского бюджета")),
        ],
        after_passport=[
            "1.2. Приложение № 2 к Программе изложить в редакции согласно приложению 1 к "
            "настоящему постановлению.",
            "1.3. Приложение № 1 к Программе изложить в редакции согласно приложению 2 к "
            "настоящему постановлению.",
            "2. Настоящее постановление вступает в силу со дня его официального "
            "опубликования.",
        ],
        signature="Председатель Правительства Республики Бурятия А.С. Цыденов",
        funding_appendix=Appendix(
            ["Приложение 1", "к постановлению Правительства", "Республики Бурятия",
             "от 12.03.2025 № 140"],
            ["Ресурсное обеспечение Программы за счет всех источников финансирования"]),
        funding_header=["№", "Наименование программы, подпрограммы, мероприятия",
                        "Год реализации"],
        funding_years=years,
        labels={"total": "Всего", "regional": "республиканский бюджет",
                "federal": "федеральный бюджет", "local": "местные бюджеты",
                "extrabudgetary": "внебюджетные источники"},
        items=items,
        sources_as_columns=True,
        indicator_appendix=Appendix(
            ["Приложение 2", "к постановлению Правительства", "Республики Бурятия",
             "от 12.03.2025 № 140"],
            ["Целевые индикаторы Программы"]),
        indicator_header=["№", "Наименование подпрограммы, основного мероприятия",
                          "Наименование целевого индикатора", "Ед. изм."],
        indicator_years=years,
        indicators=_synthetic_indicators(rng, items, years),
        passport=passport,
    )


DECREES = {"001": corpus_decree, "krai": krai_decree, "republic": republic_decree}
