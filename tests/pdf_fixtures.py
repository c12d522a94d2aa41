"""Realistic PDFs of the template, drawn with reportlab for the PDF reader's tests.

The tables are laid out here (not with reportlab's platypus) so that they look
like the Word exports regions publish: ruled cells, the header (or only the
column-number row) repeated on every page, rows allowed to break across pages
(the rest of each cell continues at the top of the next page), cells merged
down (a project's cells over its indicator rows) and across (a sector row), a
page number at the top of every page.

Content comes from the hand-checked gold files, so a test can compare what the
reader gets back with what was drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.render.content import (  # noqa: F401  (re-exported for the PDF tests)
    REGIONS,
    SECTION_TITLES,
    YEARS,
    StrategyContent,
    corpus_strategy,
    indicator_cells,
    project_cells,
    read_csv,
    sectors,
    task_link_cells,
)
from tests.render.grid import LEFT, UP, header_cells, header_spans

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 40.0
PAD = 3.0


def register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def wrap(text: str, width: float, font: str = FONT, size: float = 8.0) -> list[str]:
    """Greedy word wrap; also breaks after a hyphen inside a word, as Word does."""
    if not text:
        return []
    words: list[str] = []
    for word in text.split():
        parts = word.split("-")
        if len(parts) > 1 and all(parts) and all(p[:1].islower() for p in parts[1:]):
            words += [p + "-" for p in parts[:-1]] + [parts[-1]]
        else:
            words.append(word)
    lines: list[str] = []
    cur = ""
    for word in words:
        glue = "" if cur.endswith("-") and word[:1].islower() and cur[-2:-1].isalpha() else " "
        cand = f"{cur}{glue}{word}" if cur else word
        if pdfmetrics.stringWidth(cand, font, size) <= width or not cur:
            cur = cand
            while pdfmetrics.stringWidth(cur, font, size) > width and len(cur) > 1:
                cut = len(cur)
                while cut > 1 and pdfmetrics.stringWidth(cur[:cut], font, size) > width:
                    cut -= 1
                lines.append(cur[:cut])
                cur = cur[cut:]
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


@dataclass
class SpanRow:
    """A body row of one cell across the whole table (a sector's heading)."""

    text: str


@dataclass
class TableSpec:
    """A ruled table: relative column widths, header grid (`<`/`^` mark merges),
    body rows (None = merged with the cell above)."""

    widths: Sequence[float]
    header: list[list[str]]
    body: list[list[str | None] | SpanRow]
    repeat: str = "header"  # what each new page repeats: "header" | "numbers" | "none"
    numbers: bool = True  # the `1 2 3 …` row under the header
    size: float = 8.0
    split_rows: bool = True
    # Columns whose text sits below a page break that cuts the row (cells centred
    # vertically in Word put short values there), instead of above it.
    low_cols: frozenset[int] = frozenset()


@dataclass
class _Piece:
    """What of one body row is drawn on one page."""

    row: int
    y0: float  # top
    y1: float  # bottom
    lines: dict[int, list[str]] = field(default_factory=dict)


class PdfWriter:
    """Page flow: paragraphs and tables from top to bottom, page numbers on top."""

    def __init__(self, path: Path, *, encrypt: str | None = None, page_numbers: bool = True,
                 first_page_no: int = 1) -> None:
        register_fonts()
        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), encrypt=encrypt)
        self.c.setTitle(path.stem)
        self.page_numbers = page_numbers
        self.page_no = first_page_no
        self.y = PAGE_H - MARGIN
        self.width = PAGE_W - 2 * MARGIN
        self._start_page()

    # -- pages -------------------------------------------------------------
    def _start_page(self) -> None:
        if self.page_numbers:
            self.c.setFont(FONT, 9)
            self.c.drawCentredString(PAGE_W / 2, PAGE_H - 25, str(self.page_no))
        self.y = PAGE_H - MARGIN

    def new_page(self) -> None:
        self.c.showPage()
        self.page_no += 1
        self._start_page()

    def save(self) -> None:
        self.c.showPage()
        self.c.save()

    # -- text --------------------------------------------------------------
    def paragraph(self, text: str, *, size: float = 11, bold: bool = False,
                  space: float = 4, indent: float = 0) -> None:
        font = BOLD if bold else FONT
        lead = size * 1.25
        for line in wrap(text, self.width - indent, font, size):
            if self.y - lead < MARGIN:
                self.new_page()
            self.c.setFont(font, size)
            self.c.drawString(MARGIN + indent, self.y - size, line)
            self.y -= lead
        self.y -= space

    def heading(self, text: str) -> None:
        if self.y < MARGIN + 80:
            self.new_page()
        self.paragraph(text, size=13, bold=True, space=8)

    # -- tables ------------------------------------------------------------
    def table(self, spec: TableSpec) -> None:
        """Draw `spec` from the current position, breaking over pages as needed."""
        size, lead = spec.size, spec.size * 1.2
        total = sum(spec.widths)
        xs = [MARGIN]
        for w in spec.widths:
            xs.append(xs[-1] + self.width * w / total)
        ncol = len(spec.widths)

        def col_w(c0: int, c1: int) -> float:
            return xs[c1 + 1] - xs[c0] - 2 * PAD

        # Header cells as rectangles (r0, c0, r1, c1, text).
        hdr = [list(r) for r in spec.header]
        if spec.numbers:
            hdr.append([str(i + 1) for i in range(ncol)])
        rects = [(r, c, r1, c1, hdr[r][c]) for r, c, r1, c1 in header_cells(hdr)]
        hdr_h = [PAD * 2 + lead] * len(hdr)
        for r0, c0, r1, c1, text in rects:
            need = len(wrap(text, col_w(c0, c1), BOLD, size)) * lead + 2 * PAD
            have = sum(hdr_h[r0 : r1 + 1])
            if need > have:
                hdr_h[r1] += need - have
        num_only = len(hdr) - 1 if spec.numbers else len(hdr)

        def draw_header(only_numbers: bool) -> None:
            start = num_only if only_numbers else 0
            top = self.y
            tops = [top]
            for h in hdr_h[start:]:
                tops.append(tops[-1] - h)
            for r0, c0, r1, c1, text in rects:
                if r0 < start:
                    continue
                y0, y1 = tops[r0 - start], tops[r1 + 1 - start]
                self._cell(xs[c0], y0, xs[c1 + 1], y1,
                           wrap(text, col_w(c0, c1), BOLD, size), BOLD, size, center=True)
            self.y = tops[-1]

        # Body: lines per cell; vertical spans (None below a cell) as (row, col) -> rows.
        body = spec.body
        lines: dict[tuple[int, int], list[str]] = {}
        span: dict[tuple[int, int], int] = {}
        for r, row in enumerate(body):
            if isinstance(row, SpanRow):
                lines[(r, 0)] = wrap(row.text, col_w(0, ncol - 1), BOLD, size)
                continue
            for c, text in enumerate(row):
                if text is None:
                    continue
                lines[(r, c)] = wrap(text, col_w(c, c), FONT, size)
                k = r + 1
                while k < len(body) and not isinstance(body[k], SpanRow) and body[k][c] is None:
                    k += 1
                span[(r, c)] = k - r
        heights = []
        for r in range(len(body)):
            own = [len(lines[(r, c)]) for c in range(ncol)
                   if (r, c) in lines and span.get((r, c), 1) == 1]
            heights.append(max([1, *own]) * lead + 2 * PAD)
        for (r, c), n in span.items():
            if n > 1:
                need = (len(lines[(r, c)]) + 1) * lead + 2 * PAD
                have = sum(heights[r : r + n])
                if need > have:
                    heights[r + n - 1] += need - have

        self._span_done: dict[tuple[int, int], int] = {}
        if self.y - sum(hdr_h) - heights[0] < MARGIN:
            self.new_page()
        draw_header(False)
        # Lay rows out page by page; a row that does not fit is split or moved.
        pages: list[list[_Piece]] = [[]]
        page_tops = [self.y]
        y = self.y
        rest: dict[int, list[str]] | None = None
        r = 0
        while r < len(body):
            row_lines = rest if rest is not None else {
                c: lines[(r, c)] for c in range(ncol)
                if (r, c) in lines and span.get((r, c), 1) == 1}
            h = heights[r] if rest is None else max(
                [1, *map(len, row_lines.values())]) * lead + 2 * PAD
            if y - h >= MARGIN:
                pages[-1].append(_Piece(r, y, y - h, row_lines))
                y -= h
                r += 1
                rest = None
                continue
            fit = int((y - MARGIN - 2 * PAD) // lead)
            spanned = isinstance(body[r], SpanRow)
            if spec.split_rows and not spanned and fit >= 1 and any(
                    len(v) > fit for v in row_lines.values()):
                top = {c: ([] if c in spec.low_cols else v[:fit]) for c, v in row_lines.items()}
                pages[-1].append(_Piece(r, y, MARGIN, top))
                rest = {c: (v if c in spec.low_cols else v[fit:]) for c, v in row_lines.items()}
            pages.append([])
            self._draw_pieces(pages[-2], body, lines, span, xs, size, lead, ncol)
            self.new_page()
            if spec.repeat != "none":
                draw_header(spec.repeat == "numbers")
            y = self.y
            page_tops.append(y)
        self._draw_pieces(pages[-1], body, lines, span, xs, size, lead, ncol)
        self.y = y - 10

    def _draw_pieces(self, pieces: list[_Piece], body, lines, span, xs, size, lead,
                     ncol) -> None:
        """One page's share of the body, with merged cells drawn once per page."""
        if not pieces:
            return
        rows_here = {p.row: p for p in pieces}
        for p in pieces:
            row = body[p.row]
            if isinstance(row, SpanRow):
                self._cell(xs[0], p.y0, xs[ncol], p.y1, lines[(p.row, 0)], BOLD, size)
                continue
            for c in range(ncol):
                if (p.row, c) in span and span[(p.row, c)] == 1:
                    self._cell(xs[c], p.y0, xs[c + 1], p.y1, p.lines.get(c, []), FONT, size)
        # Merged cells: each spanning block's part on this page, with the lines that fit.
        for (r, c), n in span.items():
            if n == 1:
                continue
            parts = [rows_here[k] for k in range(r, r + n) if k in rows_here]
            if not parts:
                continue
            y0, y1 = parts[0].y0, parts[-1].y1
            done = self._span_done.get((r, c), 0)
            cap = max(0, int((y0 - y1 - 2 * PAD) // lead))
            ends_here = parts[-1].row == r + n - 1 and parts[-1].y1 > MARGIN + 0.01
            text = lines[(r, c)][done:] if ends_here else lines[(r, c)][done : done + cap]
            self._span_done[(r, c)] = done + len(text)
            self._cell(xs[c], y0, xs[c + 1], y1, text, FONT, size)

    def _cell(self, x0: float, y0: float, x1: float, y1: float, text: list[str], font: str,
              size: float, center: bool = False) -> None:
        c = self.c
        c.setLineWidth(0.5)
        c.rect(x0, y1, x1 - x0, y0 - y1, stroke=1, fill=0)
        c.setFont(font, size)
        lead = size * 1.2
        for i, line in enumerate(text):
            yy = y0 - PAD - size - i * lead
            if center:
                c.drawCentredString((x0 + x1) / 2, yy, line)
            else:
                c.drawString(x0 + PAD, yy, line)


# ---------------------------------------------------------------------------
# Strategy documents from the gold files


H5 = [["№ пп", "Задачи отрасли", "Наименование проекта", "Бенефициар проекта",
       "Выгоды для бенефициара проекта"]]
H6 = [["№ пп", "Наименование проекта", "Цель проекта", "Срок реализации проекта",
       "Краткое описание проекта", "Финансирование проекта",
       "Роль региона в реализации проекта"]]
H7 = [["№ пп", "Наименование проекта", "Ответственный исполнитель", "Наименование показателя",
       "Единица измерения", "Значения показателя по годам", LEFT, LEFT],
      [UP, UP, UP, UP, UP, *map(str, YEARS)]]


def _section_tables(w: PdfWriter, rows: list[dict[str, str]], header: list[list[str]],
                    widths: Sequence[float], to_cells, *, sector_style: str, repeat: str,
                    low_cols: frozenset[int] = frozenset()) -> None:
    """One table per section (sector rows inside) or one per sector (headings between)."""
    groups = sectors(rows)
    if sector_style == "row":
        body: list = []
        for no, name, sector_rows in groups:
            body.append(SpanRow(f"{no}. {name}"))
            body += to_cells(sector_rows)
        w.table(TableSpec(widths, header, body, repeat=repeat, low_cols=low_cols))
        return
    for no, name, sector_rows in groups:
        w.paragraph(f"{no}. {name}", bold=True)
        w.table(TableSpec(widths, header, to_cells(sector_rows), repeat=repeat,
                          low_cols=low_cols))


def write_strategy(path: Path, content: StrategyContent, *, sector_style: str = "row",
                   repeat: str = "header", copies: int = 1, low_values: bool = False) -> Path:
    """A whole strategy: title, contents, the eight sections, card, tables 5–7.

    `copies` repeats each section's tables (for the benchmark's page count);
    `low_values` prints section 7's unit and values below a page break that cuts
    their row (vertically centred cells) rather than above it.
    """
    w = PdfWriter(path)
    region = content.region
    w.paragraph("УТВЕРЖДЕНА распоряжением Правительства от 10.08.2022 № 1", size=10)
    w.y -= 60
    w.paragraph("СТРАТЕГИЯ В ОБЛАСТИ ЦИФРОВОЙ ТРАНСФОРМАЦИИ ОТРАСЛЕЙ ЭКОНОМИКИ, СОЦИАЛЬНОЙ "
                f"СФЕРЫ И ГОСУДАРСТВЕННОГО УПРАВЛЕНИЯ {region.upper()}", size=16, bold=True)
    w.new_page()
    w.paragraph("Оглавление", bold=True)
    for n, title in enumerate(SECTION_TITLES, 1):
        w.paragraph(f"{n}. Раздел «{title}» " + "." * 60 + f" {n + 2}")
    w.new_page()
    w.heading(f"1. Раздел «{SECTION_TITLES[0]}»")
    w.paragraph("Основаниями разработки стратегии в области цифровой трансформации отраслей "
                f"экономики, социальной сферы и государственного управления {region} "
                "являются указы Президента Российской Федерации. Срок реализации стратегии "
                "цифровой трансформации до 2024 года включительно.")
    w.heading(f"2. Раздел «{SECTION_TITLES[1]}»")
    title = ("Стратегия в области цифровой трансформации отраслей экономики, социальной "
             f"сферы и государственного управления {region}")
    card = [["Наименование стратегии:", title], ["Срок реализации:", "2022-2024 годы"],
            ["Что делаем", "Повышаем эффективность государственного управления"],
            ["Кто делает", "Органы исполнительной власти"],
            ["Результаты стратегии", "Рост доли услуг, предоставляемых в электронном виде"]]
    w.table(TableSpec([25, 75], [], card, numbers=False, repeat="none"))
    w.heading(f"3. Раздел «{SECTION_TITLES[2]}»")
    w.paragraph("Цель – достижение цифровой зрелости ключевых отраслей экономики и социальной "
                "сферы, в том числе здравоохранения и образования, а также государственного "
                "управления.")
    w.heading(f"4. Раздел «{SECTION_TITLES[3]}»")
    for no, name, _ in sectors(content.projects):
        w.paragraph(f"4.{no}. {name}.", bold=True)
        w.paragraph("Низкий уровень цифровых компетенций и недостаточная оснащенность.")
    w.new_page()
    w.heading(f"5. Раздел «{SECTION_TITLES[4]}»")
    for _ in range(copies):
        _section_tables(w, content.task_links, H5, [5, 35, 22, 16, 22], task_link_cells,
                        sector_style=sector_style, repeat=repeat)
    w.heading(f"6. Раздел «{SECTION_TITLES[5]}»")
    for _ in range(copies):
        _section_tables(w, content.projects, H6, [5, 15, 16, 9, 30, 12, 13], project_cells,
                        sector_style=sector_style, repeat=repeat)
    w.heading(f"7. Раздел «{SECTION_TITLES[6]}»")
    for _ in range(copies):
        _section_tables(w, content.indicators, H7, [5, 17, 15, 30, 9, 8, 8, 8],
                        indicator_cells, sector_style=sector_style, repeat=repeat,
                        low_cols=frozenset({4, 5, 6, 7}) if low_values else frozenset())
    w.heading(f"8. Раздел «{SECTION_TITLES[7]}»")
    w.paragraph("8.1. Участники реализации стратегии.")
    w.table(TableSpec([10, 60, 30], [["№", "Участник", "Роль"]],
                      [["1", "Министерство цифрового развития", "Координатор"]]))
    w.save()
    return path


# ---------------------------------------------------------------------------
# A program-amendment decree from the gold files of 001

AMENDMENT_YEARS = tuple(range(2019, 2026))
FEDERAL_LABEL = "иные не запрещенные законодательством источники: федеральный бюджет"
SOURCE_LABELS = {"total": "Всего", "regional": "областной бюджет", "federal": FEDERAL_LABEL}


def _printed(amount: str) -> str:
    return amount.replace(".", ",")


def _passport_text(rows: list[dict[str, str]]) -> str:
    """The passport's funding paragraph in the decree's words."""
    by: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by.setdefault(r["source"], []).append(r)
    words = {"total": "Общий объем", "regional": "из них: средства областного бюджета",
             "federal": "средства федерального бюджета"}
    parts = []
    for source in ("total", "regional", "federal"):
        figures = by.get(source, [])
        whole = next((r for r in figures if not r["year"]), None)
        years = "; ".join(f"{r['year']} год – {_printed(r['amount_thousand_rub'])} тыс. рублей"
                          for r in figures if r["year"])
        head = f"{words[source]} – {_printed(whole['amount_thousand_rub'])} тыс. рублей" \
            if whole else words[source]
        parts.append(f"{head}, в том числе по годам: {years}")
    return "; ".join(parts) + "."


def funding_cells(rows: list[dict[str, str]]) -> list[list[str | None]]:
    """Item № and name merged over the item's source rows, as the decree prints them."""
    items: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
    for r in rows:
        items.setdefault((r["item_no"], r["item_name"]), {}).setdefault(r["source"], {})[
            r["year"]] = r["amount_thousand_rub"]
    body: list[list[str | None]] = []
    for (no, name), sources in items.items():
        first = True
        for source in ("total", "regional", "federal"):
            if source not in sources:
                continue
            values = [_printed(sources[source].get(str(y), "")) for y in AMENDMENT_YEARS]
            lead: list[str | None] = [no, name] if first else [None, None]
            body.append([*lead, SOURCE_LABELS[source], *values])
            first = False
    return body


def amendment_indicator_cells(rows: list[dict[str, str]]) -> list[list[str | None]]:
    """Item № and name merged over the item's indicator rows; `-` where no value."""
    indicators: dict[tuple[str, str, str, str, str], dict[str, str]] = {}
    for r in rows:
        key = (r["item_no"], r["item_name"], r["indicator_name"], r["unit"], r["line_first"])
        indicators.setdefault(key, {})[r["year"]] = r["value"]
    body: list[list[str | None]] = []
    last = None
    for (no, name, indicator, unit, _), values in indicators.items():
        lead: list[str | None] = [None, None] if (no, name) == last else [no, name]
        body.append([*lead, indicator, unit,
                     *(_printed(values.get(str(y), "-")) for y in AMENDMENT_YEARS)])
        last = (no, name)
    return body


def write_amendment(path: Path) -> Path:
    """Decree header, passport restatement, Приложение № 1 (funding), № 2 (indicators)."""
    w = PdfWriter(path)
    w.paragraph("ПРАВИТЕЛЬСТВО", bold=True)
    w.paragraph("КЕМЕРОВСКОЙ ОБЛАСТИ - КУЗБАССА", bold=True)
    w.paragraph("ПОСТАНОВЛЕНИЕ", bold=True)
    w.paragraph("от «16» сентября 2022 г. № 630")
    w.paragraph("г. Кемерово")
    for line in ("О внесении изменений в постановление", "Коллегии Администрации Кемеровской "
                 "области", "от 20.09.2013 №400 «Об утверждении", "государственной программы "
                 "Кемеровской", "области – Кузбасса «Информационное общество",
                 "Кузбасса» на 2014 – 2024 годы»"):
        w.paragraph(line, bold=True, space=0)
    w.paragraph("")
    w.paragraph("1. Внести в постановление Коллегии Администрации Кемеровской области от "
                "20.09.2013 №400 «Об утверждении государственной программы Кемеровской области "
                "– Кузбасса «Информационное общество Кузбасса» на 2014 – 2024 годы» следующие "
                "изменения:")
    w.paragraph("1.1. В заголовке и пункте 1 цифры «2014 – 2024» заменить цифрами «2014 – 2025».")
    w.paragraph("1.2.2.4. Позиции «Срок реализации Государственной программы», «Объемы и "
                "источники финансирования Государственной программы в целом и с разбивкой по "
                "годам ее реализации» изложить в следующей редакции:")
    w.paragraph("«")
    passport = read_csv("001_passport_funding.csv")
    w.table(TableSpec([30, 70], [], [
        ["Срок реализации Государственной программы",
         "2014 - 2025 годы I этап - 2014 - 2018 годы II этап - 2019 - 2025 годы"],
        ["Объемы и источники финансирования Государственной программы в целом и с разбивкой "
         "по годам ее реализации", _passport_text(passport)],
    ], numbers=False, repeat="none", size=9))
    w.paragraph("».")
    w.paragraph("1.2.3. Раздел 5 изложить в редакции согласно приложению № 1 к настоящему "
                "постановлению.")
    w.paragraph("1.2.4. Раздел 6 изложить в редакции согласно приложению № 2 к настоящему "
                "постановлению.")
    w.paragraph("2. Настоящее постановление подлежит опубликованию на сайте «Электронный "
                "бюллетень Правительства Кемеровской области – Кузбасса».")
    w.paragraph("3. Контроль за исполнением настоящего постановления возложить на заместителя "
                "Губернатора Кемеровской области – Кузбасса.")
    w.paragraph("Губернатор Кемеровской области – Кузбасса С.Е. Цивилев")
    years = [f"{y} год" for y in AMENDMENT_YEARS]
    for n, table in ((1, "funding"), (2, "indicators")):
        w.new_page()
        for line in (f"Приложение № {n}", "к постановлению Правительства",
                     "Кемеровской области – Кузбасса", "от 16 сентября 2022 г. № 630"):
            w.paragraph(line, size=10, space=0, indent=500)
        w.paragraph("")
        if table == "funding":
            w.paragraph("5. Ресурсное обеспечение реализации Государственной программы",
                        bold=True)
            w.paragraph("II этап – 2019 - 2025 годы")
            header = [["№ п/п", "Наименование Государственной программы, подпрограммы, "
                       "основного мероприятия, мероприятия", "Источник финансирования",
                       "Объем финансовых ресурсов, тыс. рублей", *[LEFT] * 6],
                      [UP, UP, UP, *years]]
            w.table(TableSpec([5, 30, 17, *[7] * 7], header,
                              funding_cells(read_csv("001_funding.csv")), size=7.5))
        else:
            w.paragraph("6. Сведения о планируемых значениях целевых показателей (индикаторов) "
                        "Государственной программы (по годам реализации Государственной "
                        "программы)", bold=True)
            header = [["№ п/п", "Наименование Государственной программы, подпрограммы, "
                       "основного мероприятия, мероприятия", "Наименование целевого показателя "
                       "(индикатора)", "Единица измерения",
                       "Плановое значение целевого показателя (индикатора)", *[LEFT] * 6],
                      [UP, UP, UP, UP, *years]]
            w.table(TableSpec([5, 22, 30, 9, *[5] * 7], header,
                              amendment_indicator_cells(read_csv("001_indicators.csv")),
                              size=7.5))
    w.save()
    return path


def write_plain_lines(path: Path, lines: Sequence[str], *, size: float = 8.0) -> Path:
    """Running text only, one printed line per given line (no ruling): a PDF whose
    text layer is the text dump the text readers take. Empty lines become gaps."""
    w = PdfWriter(path, page_numbers=False)
    lead = size * 1.2
    for line in lines:
        if w.y - lead < MARGIN:
            w.new_page()
        if line.strip():
            w.c.setFont(FONT, size)
            w.c.drawString(MARGIN, w.y - size, line.strip())
        w.y -= lead
    w.save()
    return path


def write_scan(path: Path, image: Path) -> Path:
    """Pages that are only a picture: what a scanner produces without OCR."""
    from PIL import Image

    Image.new("L", (600, 400), 255).save(image)
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    for _ in range(2):
        c.drawImage(str(image), MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN)
        c.showPage()
    c.save()
    return path


def write_strategy_flowing(path: Path, content: StrategyContent) -> Path:
    """The same strategy laid out by reportlab's own tables (platypus): rows move whole
    to the next page, the header rows repeat, project cells are left blank below the
    project's first row instead of merged, and narrow columns cut long words."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    register_fonts()
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.5)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=13, leading=16, spaceBefore=8,
                          spaceAfter=6)
    text = ParagraphStyle("text", fontName=FONT, fontSize=11, leading=14)
    region = content.region
    story: list = [Paragraph(f"{n}. Раздел «{t}» " + "." * 40 + f" {n + 1}", text)
                   for n, t in enumerate(SECTION_TITLES, 1)]
    story += [Paragraph(f"1. Раздел «{SECTION_TITLES[0]}»", head),
              Paragraph("Срок реализации стратегии цифровой трансформации – 2022–2024 годы.",
                        text),
              Paragraph(f"2. Раздел «{SECTION_TITLES[1]}»", head),
              Table([[Paragraph("Наименование стратегии:", cell), Paragraph(
                  "Стратегия в области цифровой трансформации отраслей экономики, социальной "
                  f"сферы и государственного управления {region}", cell)],
                  [Paragraph("Срок реализации:", cell), Paragraph("2022 - 2024 годы", cell)]],
                  colWidths=[150, 600], style=[("GRID", (0, 0), (-1, -1), 0.5, "black")]),
              Paragraph(f"3. Раздел «{SECTION_TITLES[2]}»", head),
              Paragraph("Цель – цифровая зрелость отраслей.", text),
              Paragraph(f"4. Раздел «{SECTION_TITLES[3]}»", head)]
    story += [Paragraph(f"4.{no}. {name}.", text) for no, name, _ in sectors(content.projects)]
    width = PAGE_W - 2 * MARGIN

    def table(header: list[list[str]], rel: Sequence[float], rows, to_cells) -> Table:
        spans = [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in header_spans(header)]
        grid = [["" if h in (LEFT, UP) else Paragraph(h, cell) for h in row] for row in header]
        grid.append([str(i + 1) for i in range(len(rel))])
        for no, name, sector_rows in sectors(rows):
            spans.append(("SPAN", (0, len(grid)), (-1, len(grid))))
            grid.append([Paragraph(f"{no}. {name}", cell)] + [""] * (len(rel) - 1))
            grid += [[Paragraph(escape(x), cell) if x else "" for x in r]
                     for r in to_cells(sector_rows)]
        return Table(grid, colWidths=[width * r / sum(rel) for r in rel],
                     repeatRows=len(header) + 1,
                     style=[("GRID", (0, 0), (-1, -1), 0.5, "black"),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans])

    story += [Paragraph(f"5. Раздел «{SECTION_TITLES[4]}»", head),
              table(H5, [5, 35, 22, 16, 22], content.task_links, task_link_cells),
              Paragraph(f"6. Раздел «{SECTION_TITLES[5]}»", head),
              table(H6, [5, 15, 16, 9, 30, 12, 13], content.projects, project_cells),
              Paragraph(f"7. Раздел «{SECTION_TITLES[6]}»", head),
              table(H7, [5, 17, 15, 30, 9, 8, 8, 8], content.indicators,
                    lambda rows: [[c or "" for c in r] for r in indicator_cells(rows)]),
              Paragraph(f"8. Раздел «{SECTION_TITLES[7]}»", head),
              Paragraph("Финансирование за счет средств бюджета субъекта.", text)]

    def page_number(canvas_, doc) -> None:
        canvas_.setFont(FONT, 9)
        canvas_.drawCentredString(PAGE_W / 2, PAGE_H - 25, str(doc.page))

    SimpleDocTemplate(str(path), pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN,
                      rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN).build(
        story, onFirstPage=page_number, onLaterPages=page_number)
    return path


def write_amendment_flowing(path: Path) -> Path:
    """The decree laid out by reportlab's own tables: rows move whole, item cells are
    blank below the item's first row, narrow columns wrap item numbers and cut words."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    register_fonts()
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9)
    text = ParagraphStyle("text", fontName=FONT, fontSize=11, leading=14)

    def para(s: str) -> Paragraph:
        return Paragraph(escape(s), cell)

    grid_style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    story: list = [Paragraph(escape(s), text) for s in (
        "ПРАВИТЕЛЬСТВО КЕМЕРОВСКОЙ ОБЛАСТИ - КУЗБАССА", "ПОСТАНОВЛЕНИЕ",
        "от 16 сентября 2022 г. № 630", "г. Кемерово",
        "О внесении изменений в постановление Коллегии Администрации Кемеровской области от "
        "20.09.2013 №400 «Об утверждении государственной программы Кемеровской области – "
        "Кузбасса «Информационное общество Кузбасса» на 2014 – 2024 годы»",
        "1.2.2.4. Позиции паспорта изложить в следующей редакции:", "«")]
    story.append(Table([
        [para("Срок реализации Государственной программы"), para("2014 - 2025 годы")],
        [para("Объемы и источники финансирования Государственной программы в целом и с "
              "разбивкой по годам ее реализации"),
         para(_passport_text(read_csv("001_passport_funding.csv")))]],
        colWidths=[200, 560], style=grid_style))
    story += [Paragraph(escape(s), text) for s in (
        "».", "1.2.3. Раздел 5 изложить в редакции согласно приложению № 1 к настоящему "
        "постановлению.", "1.2.4. Раздел 6 изложить в редакции согласно приложению № 2 к "
        "настоящему постановлению.", "2. Настоящее постановление подлежит опубликованию.",
        "3. Контроль за исполнением настоящего постановления возложить на заместителя "
        "Губернатора.")]
    years = [f"{y} год" for y in AMENDMENT_YEARS]
    appendices = [
        ([["№ п/п", "Наименование Государственной программы, подпрограммы, мероприятия",
           "Источник финансирования", "Объем финансовых ресурсов, тыс. рублей",
           *[LEFT] * 6], [UP, UP, UP, *years]],
         [5, 30, 17, *[7] * 7], funding_cells(read_csv("001_funding.csv"))),
        ([["№ п/п", "Наименование Государственной программы, подпрограммы, мероприятия",
           "Наименование целевого показателя (индикатора)", "Единица измерения",
           "Плановое значение целевого показателя (индикатора)", *[LEFT] * 6],
          [UP, UP, UP, UP, *years]],
         [4, 22, 30, 9, *[5] * 7], amendment_indicator_cells(read_csv("001_indicators.csv"))),
    ]
    width = PAGE_W - 2 * MARGIN
    for n, (header, rel, body) in enumerate(appendices, 1):
        story.append(PageBreak())
        story += [Paragraph(s, text) for s in (f"Приложение № {n}", "к постановлению "
                                               "Правительства", "от 16 сентября 2022 г. № 630")]
        spans = [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in header_spans(header)]
        grid = [["" if h in (LEFT, UP) else para(h) for h in row] for row in header]
        grid.append([str(i + 1) for i in range(len(rel))])
        grid += [[para(c) if c else "" for c in row] for row in body]
        story.append(Table(grid, colWidths=[width * r / sum(rel) for r in rel],
                           repeatRows=len(header) + 1, style=[*grid_style, *spans]))
    SimpleDocTemplate(str(path), pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN,
                      rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN).build(story)
    return path
