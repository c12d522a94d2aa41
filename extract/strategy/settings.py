"""Every threshold and word list of the strategy text reader, in one place.

The reader works from the template's structure and from how a table is printed
into a text dump (each cell's text wrapped to its column's width, cells in
column order, the rest of cut cells after a page break). The figures below are
the slack that proportional fonts and Russian typography need; none of them is
a fact about one document. Each has a test on a hand-made string
(tests/test_strategy_settings.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReaderSettings:
    # -- line widths (section 5 task cells cut by a page break) ---------------
    # A line is "full" (its cell went on on the next line because the next word
    # did not fit) when line + space + next word exceeds this share of the
    # column's width in characters: slack for proportional fonts.
    full_share: float = 0.85
    # The same for the last line before a page break, the only evidence there is.
    full_share_at_break: float = 0.7
    # A line wider than the widest placed in a column by more than this share is
    # not that column's (section 7's name and body columns) …
    width_slack: float = 0.4
    # … once the column has shown this many lines.
    min_width_samples: int = 5
    # The pieces of a word a narrow column cut (all but the last filled the column)
    # differ in length by at most this share of the first piece (or 2 letters).
    piece_length_slack: float = 0.3
    # A word glued from a one-word line and its next lines fits its column (so it
    # ended its cell there) when at most this share as long as a wrapped line of its
    # cell: a line of words also holds narrower spaces and punctuation.
    fits_share: float = 0.5
    # A lower-case one-word line at least this many times shorter than a wrapped line
    # of its cell just before it did not fill its column, so it is no word's first
    # piece (a piece fills the column; the wrapped line fitted it, and letters differ
    # in width).
    piece_fills: float = 1.6

    # -- page furniture ------------------------------------------------------
    # The first page number is small.
    first_page_max: int = 50
    # Page numbers are chosen as the best chain of consecutive integers: a link
    # followed by a table's repeated header or column-number row gains this much
    # more, one printed sooner than this many lines after the previous loses
    # this much (more than a link gains), and one page number may be lost after
    # a page this long.
    furniture_bonus: float = 2.0
    min_page_lines: int = 10
    short_page_penalty: float = 1.5
    lost_page_lines: int = 120
    # A chain starting late loses a point per this many lines before it.
    unnumbered_lines_per_point: int = 50
    # A column-number row (`1 2 3 …`) has at least this many columns.
    min_column_numbers: int = 3

    # -- sectors -------------------------------------------------------------
    # A sector heading counts when this many of sections 4–7 print it.
    sector_votes: int = 2

    # -- words broken inside them (see `words`) --------------------------------
    # Share of a dump's lines ending with a space for the dump to count as one
    # that marks wrapped lines so.
    share_with_end_space: float = 0.2
    # A word is broken over at most this many lines after its first.
    max_word_pieces: int = 4
    # A line's last letters that are no word, never printed whole, and open a word the
    # document prints whole elsewhere (going on with the next line's first letter) are
    # that word's first piece when at least this long (`маркетплей` / `са`; `lexicon`).
    min_lexicon_piece: int = 4
    # The most letters an inflection adds to a word the document prints whole, where a
    # cut word's last piece is that word's end and its ending (`маркетпл` / `ейса`).
    max_lexicon_ending: int = 3
    # Shortest dictionary word that ends a stem compound (`госсоц` + `помощи`): a
    # line ending so filled its column on a whole word, so a function word on the next
    # line is no ending of it. Shorter tails are often mere letters of a cut word
    # that the dictionary happens to list (`контр` of `соцконтр` / `акта`).
    min_compound_word: int = 6
    # After a page break, a body that does not yet end with the region's name takes at
    # most this many lines to reach it (a body's name ends «… Энской области»).
    body_tail_lines: int = 8
    # A project's merged name or body cell that printed at least this many lines fewer
    # than the indicator column beside it on the page ended before the break (the page
    # cuts only cells taller than its room); the margin is for widow, orphan and
    # keep-together control, which may move a cut cell's last lines on early (the
    # corpus prints a body two lines short of its cut indicator).
    merged_end_margin: int = 3
    # A chain of letter pieces (a column a letter or two wide printing a word letter by
    # letter, `glue_letter_columns`) opens on a piece at most this long: the lines
    # stage may have glued the first letters it could tell (`Мини` / `с` / `т`), but a
    # longer piece is a wider column's line.
    letter_chain_start: int = 5

    # -- names and headers cut by narrow columns (sections 5 and 6) -------------
    # A name key (letters only) this long is specific enough that a known name
    # (sections 6, 7) holding it says the lines go on that name, or that a row
    # printed whole ends with them.
    min_read_on_letters: int = 20
    # A line of a cut row's heads holding two cells' first lines at a page's foot
    # (`task_links._foot_split`) is split where a known name's first words begin, at
    # least this many: one capitalised word (an acronym, `ГИС`) is common inside a
    # task's line and says nothing of a name beginning there.
    foot_split_words: int = 2
    # Letters a repeated table header may take before the line that ends it: twice
    # the longest the template's column titles and years spell (~170). Counted in
    # letters, not lines: columns a letter or two wide print the same header in
    # five times as many lines.
    header_letters: int = 340
    # Lines of section 6's goal lead-in before it quotes the project's name (`услуг за` /
    # `счет` / `реализации` / `проекта` in a narrow goal column): where a name between two
    # page breaks may stop short of the quote.
    lead_in_lines: int = 4
    # Letters of section 6's goal lead-in before it quotes the project's name, where a
    # known name between two page breaks may stop short of the quote: the template's
    # lead-in («Повышение качества и доступности услуг за счет реализации проекта», 65)
    # with slack. Counted in letters, not lines: a narrow goal column prints it in up to
    # a dozen lines.
    lead_in_letters: int = 80
    # Lines a section's heading may take: a large heading on a narrow page wraps
    # («5. Раздел «Взаимосвязь задач и» / «проектов стратегии»»).
    heading_lines: int = 3
    # Letters of a word's last piece that a narrow column printed after a page break
    # (the beneficiary's `«Образова` / `ние и наука»`) where a task's rest, its line
    # filled, might seem to go on with it: the template's cut endings are short
    # (`ние`, `ая`, `ию`); a longer unknown token is more likely a word the
    # dictionary lacks (`телемедицинских`).
    foreign_piece_letters: int = 4

    # -- word lists ----------------------------------------------------------
    # First words that open an indicator's name in this template.
    indicator_start: frozenset[str] = field(default_factory=lambda: frozenset({
        "доля", "количество", "число", "уровень", "увеличение", "обеспечено", "обеспечение",
        "процент", "наличие", "объем", "объём", "охват", "ввод", "среднее", "средний",
        "средняя", "время", "срок", "сокращение", "снижение", "удельный", "удельная",
        "индекс", "степень", "рост", "прирост", "граждане", "не", "площадь",
        "протяженность", "численность", "коэффициент", "темп", "отношение", "показатель",
        "обеспеченность", "реализовано", "сформирован", "сформировано", "создан", "создано",
        "внедрено", "внедрена", "переведено", "проведено", "выдано", "оказано",
        "предоставлено", "подключено", "автоматизировано", "сумма", "размер", "достижение",
        "вовлеченность", "удовлетворенность", "готовность",
        # (The template's «Повышение средней скорости движения …».)
        "повышение",
    }))
    # Prepositions and conjunctions: a phrase does not end on them.
    joiners: frozenset[str] = field(default_factory=lambda: frozenset({
        "и", "в", "с", "на", "по", "для", "к", "от", "о", "об", "из", "за", "при", "а",
        "или", "во", "со", "у", "без", "между", "через", "как", "что", "не",
    }))
    # Conjunctions Russian punctuation puts after a comma (`…, но`): a line ending in
    # letters, without the comma, before one of them on the next line did not end
    # its clause there, so the pair is a word the column cut (`автоматизирован` /
    # `но через`, `ограничен` / `но`). A fact of the language's punctuation.
    comma_conjunctions: frozenset[str] = field(default_factory=lambda: frozenset({
        "но", "однако", "зато",
    }))
    # Words a responsible body's name opens with, and the shortest piece of one
    # (broken inside it by a narrow column) that is taken for it.
    org_start_words: tuple[str, ...] = (
        "Министерство", "Департамент", "Комитет", "Управление", "Агентство", "Служба",
        "Инспекция", "Администрация", "Аппарат", "Правительство", "Представительство",
    )
    min_org_piece: int = 4
    # -- section 7's name spelled by a known name's letters (`narrow_names`) -------
    # Page breaks a merged name may be cut by (one piece per page it runs beside):
    # a column a letter wide prints a long name over several pages.
    name_claim_breaks: int = 6
    # A claimed name whose pieces hold this many letters a dump line or fewer was
    # printed a few letters a line: its line ends say nothing of word ends, so it
    # takes the known name's spacing (as `TableSettings.narrow_letters` for PDFs).
    narrow_name_letters: int = 4
    # Adjectives used as nouns: a phrase may end on them.
    noun_adjectives: frozenset[str] = field(default_factory=lambda: frozenset({
        "данных", "данные", "служащих", "служащие", "учащихся", "взрослых",
    }))
    # Shortest one-word line, no dictionary word, taken for the first piece of a word
    # its column cut where the line has no wrap mark (`glue_cut_unknown`).
    min_cut_piece: int = 5
    # Longest abbreviated word (letters, then a dot: `ед.`, `тыс.`, `л.` the rest of
    # `усл.`) a line after a hyphen on a line of its own may be and still be taken for
    # a unit's word, not a compound's second part (`жилищно` / `-` / `коммунального`):
    # Russian units abbreviate to three letters at most, and the template writes a
    # compound's parts in full.
    max_abbreviation_letters: int = 3


SETTINGS = ReaderSettings()
