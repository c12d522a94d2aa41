"""Round 9 rules of the lines stage (words.py): pieces of words cut by a narrow column
or a page break, glued back or kept apart.

Each test shows the stage deciding otherwise without the rule (the rule's helper
replaced by its former behaviour).
"""

from extract.strategy import words
from extract.strategy.lexicon import Lexicon
from tests.strategy_dumps import rejoined, rejoined_by_dictionary


def _printed(raw: list[str], whole: set[str]) -> list[str]:
    """The lines stage with a lexicon of the words the document prints whole."""
    return rejoined(raw, True, Lexicon(whole=whole, ordered=sorted(whole)))


def test_stem_of_a_known_word_takes_no_other_ending(monkeypatch) -> None:
    """`Федерац` / `их ` / `организаций`: `федерац` opens only dictionary words
    (`федерации`) that do not go on with `их`; the piece's rest is elsewhere and `их`
    another cell's (`туристическ|их`), not glued into `Федерацих`."""
    raw = ["субъекта ", "Российской ", "Федерац", "их ", "организаций ", "с "]
    assert "Федерац" in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_stem_of_other", lambda end, rest: False)
    monkeypatch.setattr(words, "_known_ending", lambda word: True)  # (r9b: also keeps it)
    assert "Федерацих " in rejoined_by_dictionary(raw)


def test_stem_of_a_known_word_and_printed_word(monkeypatch) -> None:
    """The same where the document prints `федерации` whole: its lexicon's first
    letter (`и`) alone does not make `их` the word's rest."""
    raw = ["субъекта ", "Российской ", "Федерац", "их ", "организаций ", "с "]
    whole = {"федерации", "организаций"}
    assert "Федерац" in _printed(raw, whole)
    monkeypatch.setattr(words, "_stem_of_other", lambda end, rest: False)
    assert "Федерацих " in _printed(raw, whole)


def test_vowel_after_vowel_ending_not_glued(monkeypatch) -> None:
    """`орга` / `ыми ` / `системами`: `орга` opens `организация`, none `оргаы…`."""
    raw = ["для ", "орга", "ыми ", "системами и ", "внедрением "]
    assert "орга" in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_stem_of_other", lambda end, rest: False)
    assert "оргаыми " in rejoined_by_dictionary(raw)


def test_unknown_word_and_suffix_still_glued() -> None:
    """`рейтингова` / `ния) и `: a rest opening with a consonant may add a suffix the
    dictionary does not list (`рейтингования`); `маркетплей` / `с ` opens no listed
    word: both glued as before."""
    raw = ["механизма ", "рейтингова", "ния) и ", "регистра "]
    assert "рейтингования) " in rejoined_by_dictionary(raw)
    assert not words._stem_of_other("маркетплей", "са")
    assert words._stem_of_other("Федерац", "их")


def test_quoted_name_in_three_pieces(monkeypatch) -> None:
    """`«Неона` / `тологи` / `я»`: a quote opened on a piece alone and closed on the
    last piece is one quoted word, though its first piece is a word (`неона`)."""
    raw = ["и ", "«Неона", "тологи", "я» ", "(мониторинг "]
    assert "«Неонатология» " in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_quote_closed", lambda first, head: False)
    assert "«Неонатология» " not in rejoined_by_dictionary(raw)


def test_wrap_mark_found_where_columns_cut_most_lines(monkeypatch) -> None:
    """A dump whose narrow columns print most lines as unmarked pieces of cut words
    still marks its wrapped lines: the share is taken over lines of two words or more."""
    from tests.strategy_dumps import dump_lines
    raw = ["Министерство цифрового ", "развития и связи", "в электронном ", "виде",
           "рас", "смо", "тре", "нны", "х с ", "исп", "оль", "зов", "ани", "ем",
           "обр", "аще", "ний", "тра", "нсп", "орт"]
    assert words.prints_line_end_spaces(dump_lines(raw))
    texts = [t for t in raw if t.strip()]
    share = sum(t.endswith(" ") for t in texts) / len(texts)
    assert share < words.SETTINGS.share_with_end_space  # all lines counted: no mark found


def test_long_suffix_after_a_stem_still_glued() -> None:
    """`Цифров` / `изация мировых`: a rest longer than an inflection may be a suffix the
    dictionary does not list (`цифровизация`); the stem rule leaves it to the others."""
    assert not words._stem_of_other("Цифров", "изация")
    assert "Цифровизация " in rejoined_by_dictionary(["Цифров", "изация ", "мировых ", "судов"])


def test_rest_before_a_unit_cut_into_pieces(monkeypatch) -> None:
    """`Росгвард` / `ии` / `пр` / `оц` / `ен` / `тов`: a unit column two letters wide
    cuts the unit too; its pieces glued make `процентов`, so `ии` (known only as the
    abbreviation ИИ, printed in capitals) is the indicator's rest before the unit."""
    raw = ["системо", "й ", "Росгвард", "ии", "пр", "оц", "ен", "тов", "10"]
    assert "Росгвардии" in rejoined_by_dictionary(raw)
    from tests.strategy_dumps import dump_lines
    assert words._unit_follows(dump_lines(raw), 3)  # `пр` alone is no unit's piece
    assert not words._unit_follows(dump_lines(raw[:5]), 3)
    monkeypatch.setattr(words, "_capitals_only", lambda text: False)
    monkeypatch.setattr(words, "_prefixed_word", lambda end, word: False)  # (рос+гвардии)
    assert "Росгвардии" not in rejoined_by_dictionary(raw)


def test_last_piece_before_the_unit_ends_the_word(monkeypatch) -> None:
    """`маркетп` / `лейса` / `процентов`: the piece alone before the unit's cell is the
    indicator's last, so it ends the word the column cut (no dictionary word)."""
    raw = ["на ", "маркетп", "лейса", "процентов", "10"]
    assert "маркетплейса" in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_unit_follows", lambda lines, k: False)
    assert "маркетплейса" not in rejoined_by_dictionary(raw)


def test_printed_word_in_another_case(monkeypatch) -> None:
    """`суперсер` / `вису `: the document prints `суперсервиса` (a line followed by
    one opening a quote ended its word) — the same word in another case, so the
    pieces are glued though the dictionary does not know the word."""
    from extract.strategy import lexicon
    from extract.strategy.lexicon import build_lexicon
    from extract.strategy.words import rejoin_split_words
    from tests.strategy_dumps import dump_lines
    raw = ["проекта ", "«Реализация ", "суперсервиса", "«Поступлени", "е в вуз ",
           "онлайн» ", "подключ", "енных к ", "суперсер", "вису ", "«Поступление "]
    lines = dump_lines(raw)
    assert "суперсервиса" in build_lexicon(lines, True).whole
    assert "суперсервису " in [ln.raw for ln in rejoin_split_words(lines, True)]
    monkeypatch.setattr(lexicon, "_inflected_in", lambda lex, end, start, ending: False)
    assert "суперсервису " not in [ln.raw for ln in rejoin_split_words(lines, True)]


def test_suffix_lookup_matches_the_scan() -> None:
    """`Lexicon.ends_another` (a sorted index of reversed words) answers as the linear
    scan it replaces: a printed word longer than the rest that ends in it."""
    whole = {"интеллектуальная", "учреждений", "уальная"}
    lex = Lexicon(whole=set(whole), ordered=sorted(whole))
    for rest in ("уальная", "ений", "учреждений", "ая", "ный", "интеллектуальная"):
        scan = any(w.endswith(rest) and len(w) > len(rest) for w in whole)
        assert lex.ends_another(rest) == scan, rest


def test_last_piece_of_a_printed_word_ends_its_cell(monkeypatch) -> None:
    """`тооборот` / `в части `: the document prints `документооборот`, which ends in
    `тооборот`, and no word opening with it: the line is a cut word's last piece (its
    first came before a page break), so `в` opens the next cell, no `тооборотв`."""
    raw = ["электронный документооборот. ", "на ", "тооборот", "в части ",
           "исполнительной "]
    out = rejoined(raw, True)
    assert "тооборот" in out
    monkeypatch.setattr(words, "_rest_of_printed", lambda end, word, lex: False)
    monkeypatch.setattr(words, "_known_ending", lambda word: True)  # (r9b: also keeps it)
    assert "тооборотв " in rejoined(raw, True)


def test_prefix_before_a_dictionary_word_cut_inside_it(monkeypatch) -> None:
    """`соцконтр` / `акта, `: `соц` + `контракта`, a dictionary word the column cut
    inside (`контр` / `акта`), is glued though the dictionary does not list the whole."""
    raw = ["основании ", "соцконтр", "акта, ", "принятия "]
    assert "соцконтракта, " in rejoined_by_dictionary(raw)
    monkeypatch.setattr(words, "_prefixed_word", lambda end, word: False)
    assert "соцконтракта, " not in rejoined_by_dictionary(raw)


def test_prefixed_word_only_where_the_piece_ends_it() -> None:
    """`(беззая` / `витель` / `ный) `: `без` + `заявитель` after two pieces is no end,
    the middle piece has no mark and the word goes on to `ный)`."""
    raw = ["проакт", "ивный ", "(беззая", "витель", "ный) ", "формат "]
    assert "(беззаявительный) " in rejoined_by_dictionary(raw)
