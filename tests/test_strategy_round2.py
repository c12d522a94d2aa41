"""Rules of the second narrow-column round of the text-dump reader, each on a
hand-made string (issue #10)."""

from __future__ import annotations

from extract.strategy.sections import Line
from extract.strategy.words import rejoin_split_words


def _texts(raws: list[str]) -> list[str]:
    return [ln.text for ln in rejoin_split_words([Line(k, r) for k, r in enumerate(raws, 1)])]


def test_filled_line_keeps_its_last_word_whole() -> None:
    # A marked dump: the line before the last filled its column and lost its mark.
    # `услуг` + `и` would make the dictionary's `услуги`, but a word is cut inside
    # it only when it opens its line.
    raws = ["Число граждан, ", "воспользовавшихся ", "услугами на ", "едином портале ",
            "государственных услуг", "и функций"]
    assert _texts(raws)[-2:] == ["государственных услуг", "и функций"]


def test_word_alone_on_its_line_still_rejoined() -> None:
    raws = ["Число граждан, ", "на едином ", "Министерст", "во здравоохранения"]
    assert "Министерство" in _texts(raws)


def test_acronym_glued_to_a_word_cut_in_its_capitals() -> None:
    # `даннымиРСУД` (one token, an acronym glued to the word before) filled its line.
    raws = ["Региональная ", "система ", "управлени", "я ", "даннымиРС", "УД», ", "сокращение"]
    assert "даннымиРСУД»," in _texts(raws)


def test_match_goes_on_while_lines_spell_a_longer_known_name() -> None:
    from extract.strategy.names import best_match
    names = ["Сервис объектов строительства (рекомендовано ФОИВ)",
             "Сервис объектов строительства с интеграцией с федеральными системами"]
    texts = ["Сервис", "объектов", "строительства с", "интеграци", "ей с", "Повышение"]
    m = best_match(texts, names)
    assert m is not None and m[0] == 5 and m[1].endswith("ей с")
