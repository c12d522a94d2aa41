"""Every word list and threshold the amendment readers use, in one documented object.

Regions print the same federal practice in their own words; what varies between
them is collected here so that a new region's wording is one edit, and so that
no rule is hidden in a reader. Source labels («областной бюджет», «средства
местных бюджетов» …) are in `sources`, the one owner of the source classes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class AmendmentSettings:
    # «Приложение № 1», «ПРИЛОЖЕНИЕ N 2», «Приложение 3», «Приложение» (the only one);
    # the tail («к постановлению …») on the same line or one of the next lines.
    caption: re.Pattern = re.compile(
        r"^\s*приложение\s*(?:(?:№|n|no\.?)\s*)?(\d+)?\s*(к\s+(?:настоящему\s+)?"
        r"(?:постановлени|распоряжени|указ)\w*.*)?$", re.IGNORECASE)
    caption_tail: re.Pattern = re.compile(
        r"^\s*к\s+(?:настоящему\s+)?(?:постановлени|распоряжени|указ)", re.IGNORECASE)
    caption_tail_within: int = 3  # lines after «Приложение № N» that may hold the tail
    # «… согласно приложению № 1 (N 1, 1) к настоящему постановлению»
    reference: re.Pattern = re.compile(
        r"(?:согласно|в\s+соответствии\s+с)\s+приложени\w*\s*(?:№|N)?\s*(\d+)", re.IGNORECASE)
    # Where a decree's text ends: an appendix that is cut off lacks them.
    closing: re.Pattern = re.compile(
        r"подлежит\s+(?:официальному\s+)?опубликованию|вступает\s+в\s+силу|Контроль\s+за\s+"
        r"исполнением", re.IGNORECASE)
    # The passport row that restates the funding: its label's first words.
    passport_label: str = (r"(?:Объем\w*|Ресурсн\w+\s+обеспечени\w*"
                           r"|Финансов\w+\s+обеспечени\w*)")
    # Column roles named in header cells (lower-cased text). The first match wins.
    header_number: tuple[str, ...] = ("№", "n п/п", "номер")
    header_source: tuple[str, ...] = ("источник",)
    header_unit: tuple[str, ...] = ("единиц", "ед. изм")
    header_indicator: tuple[str, ...] = ("показател", "индикатор")
    header_name: tuple[str, ...] = ("наименован",)
    header_year_column: tuple[str, ...] = ("год", "срок", "период")
    header_number_max_chars: int = 12  # «№ п/п» is short; a long cell with «№» is a title
    header_scan_rows: int = 6  # header rows at most above the body
    # Cells that print «no amount» rather than an amount.
    not_printed: frozenset[str] = frozenset({"-", "–", "—", "−", "х", "x", "X", "Х"})
    # The text dump (one text line per cell line): which lines are values of a row.
    value_line: re.Pattern = re.compile(
        r"[-−]?\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d+)?|[-−]?\d+(?:[.,]\d+)?|[-–—−хxХX]"
        r"|да|нет|[≥≤<>]\s*\d+(?:[.,]\d+)?", re.IGNORECASE)
    # Words a source label is made of in the text dump: a line of only these words
    # continues the label, any other word belongs to the item's name.
    label_words: frozenset[str] = frozenset({
        "всего", "итого", "в", "том", "числе", "из", "них", "за", "счет", "счёт", "средства",
        "средств", "бюджет", "бюджета", "бюджеты", "бюджетов", "областной", "областного",
        "краевой", "краевого", "республиканский", "республиканского", "окружной",
        "окружного", "федеральный", "федерального", "местные", "местных", "местный",
        "местного", "внебюджетные", "внебюджетных", "источники", "источников", "иные",
        "не", "запрещенные", "запрещённые", "законодательством", "прочие", "бюджетные",
        "ассигнования", "муниципальных", "образований", "юридических", "лиц", "собственные",
        "организаций",
    })
    # Word starts that keep a label's line a label even when a narrow cell cut the word.
    label_stems: tuple[str, ...] = ("бюджет", "внебюджет", "источник", "средств")
    # Units of measure as the indicator tables print them (first word, lower case);
    # a text-dump line starting with one of these closes an indicator's name.
    unit_words: frozenset[str] = frozenset({
        "процентов", "процент", "%", "единиц", "единица", "ед.", "штук", "шт.", "человек",
        "чел.", "баллов", "балл", "дней", "день", "часов", "час", "минут", "раз", "рублей",
        "тыс.", "млн", "условных", "да/нет", "км", "мбит/с", "мегабит", "гигабит", "кв.",
        "мест", "точек", "объектов", "систем", "услуг", "организаций", "домохозяйств",
        "населенных", "пунктов", "учреждений", "сервисов", "мероприятий", "коэффициент",
        "рубль", "лет", "месяцев", "экземпляров", "документов",
    })
    unit_max_chars: int = 30  # a unit cell line longer than this is an indicator name's
    # A unit wrapped over two lines starts with one of these («условных» / «единиц»).
    unit_modifiers: frozenset[str] = frozenset({"условных", "тыс.", "млн", "кв.", "куб.",
                                                "единиц", "человек"})
    # Text dump, item name vs indicator name: how closely a row's first lines must
    # reproduce the start of the funding table's name of the item (rapidfuzz ratio,
    # 0–100), and by how many letters they may run past its end (the appendices print
    # names slightly apart).
    name_match: float = 95
    name_slack: int = 3
    # A name ending in one of these was cut short (its rest follows a page break).
    function_words: frozenset[str] = frozenset({
        "в", "и", "на", "по", "с", "к", "о", "об", "от", "до", "за", "из", "для", "при",
        "под", "над", "без", "через", "а", "или"})
    # A text dump whose lines end with a space this often marks word ends that way.
    spaced_share: float = 0.2
    # The PDF's page number alone on a line (footer) in a text dump.
    page_number: re.Pattern = re.compile(r"\s*[-–—]?\s*\d{1,4}\s*[-–—]?\s*")


SETTINGS = AmendmentSettings()
