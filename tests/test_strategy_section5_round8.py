"""Section 5 of the text reader, round 8: row numbers cut by a page break whose dot
prints on a line of its own after the break; on small hand-made strings, each test
fails without the rule it names."""

from __future__ import annotations

from extract.strategy.sections import Line
from extract.strategy.task_links import _dot_pieces, _first_number_cut, _later_number_cut
from tests.strategy_dumps import BRK
from tests.strategy_dumps import section5 as read


def _lines(raws: list[str], brk_at: int | None = None) -> list[Line]:
    return [Line(n, r, 1, n == brk_at) for n, r in enumerate(raws)]


def test_first_number_cut_before_its_dot_on_a_line_of_its_own():
    """`3` | break | `.` / `1` (a wide landscape № column still cuts `3.1` at the
    break, the dot printed alone): the sector's first row is 3.1, and the next row
    `3.2` follows in the same style."""
    raws = ["3", "Повышение доступности и ", "Единая система ", ".", "1",
            "объектов строительства", "объектов строительства", "3.2", "Повышение"]
    out = _first_number_cut(_lines(raws, brk_at=3), 3)
    texts = [ln.text for ln in out]
    assert texts[0] == "3.1"
    assert "." not in texts and "1" not in texts
    assert out[3].text == "объектов строительства" and out[3].brk


def test_later_number_cut_before_its_dot_on_a_line_of_its_own():
    """`1` | break | `.` / `2` for row 1.2 after 1.1 (the dot alone after the break,
    then the number's rest; `_dot_pieces` reads the `1` before it as `1.`): one number
    1.2, and the task's rest opens the part after the break."""
    raws = ["1.1", "Формирование условий", "1", "Обеспечение сервиса для родителей и",
            "Электронная школа", ".", "2", "обучающихся по предоставлению", "1.3",
            "Создание"]
    lines = _dot_pieces(_lines(raws, brk_at=5), 1)
    out = _later_number_cut(lines, 1)
    texts = [ln.text for ln in out]
    assert texts[2] == "1.2"
    assert texts[5] == "обучающихся по предоставлению" and out[5].brk


def test_closing_quote_glued_to_the_task_rest_is_the_benefit_s():
    """`… «Промышленность` | break | `граждан` / `»` (the lines stage
    glues the quote onto the line before): the benefit left the quote open, so the
    quote is its rest and the whole line the task's."""
    raw = ["1.1", "Перевод в электронный ", "вид услуг, сокращение ", "сроков и повышение ",
           "Региональный сервис ", "услуг", "- Граждане - ", "Органы власти",
           "Сокращение ", "времени по ", "направлению ", "«Промышленность",
           BRK, "граждан»",
           "1.2", "Повышение доступности ", "услуг", "Цифровая платформа ", "услуг",
           "- Граждане", "Сокращение ", "времени"]
    recs = read(raw, ["Региональный сервис услуг", "Цифровая платформа услуг"])
    assert recs[0].task == ("Перевод в электронный вид услуг, сокращение сроков и "
                            "повышение граждан")
    assert recs[0].project_name == "Региональный сервис услуг"
    assert recs[0].effect.endswith("«Промышленность»")


def test_a_wrapped_last_line_takes_its_words_with_the_closing_quote():
    """`«Развитие городской ` (wrapped) | break | `власти` / `среды»`: the benefit went
    on in words, so `среды»` is its rest whole and the task takes nothing after the
    break (the quote is split off only after an unwrapped line)."""
    raw = ["1", "Повышение уровня вовлеченности", "жителей в вопросы управления ",
           "своим домом, городом (селом)", "Платформа ", "«Решаем вместе»", "- Граждане - ",
           "Органы ", "Сокращение времени", "получения услуг по ", "направлению ",
           "«Развитие городской ", BRK, "власти", "среды»",
           "2", "Повышение уровня ", "диспетчеризации", "Цифровая ", "инфраструктура",
           "- Граждане", "Сокращение ", "времени"]
    recs = read(raw, ["Платформа «Решаем вместе»", "Цифровая инфраструктура"])
    assert recs[0].task == ("Повышение уровня вовлеченности жителей в вопросы управления "
                            "своим домом, городом (селом)")


def test_a_task_line_that_may_have_filled_its_column_stops_before_the_name_s_rest():
    """The name's last line before the break was wrapped (`хранилище `), so its rest
    follows the task's after the break; an unmarked task line there (`доступа и внешних
    угроз`, as wide as the column) may have filled it, but that is no proof the task
    goes on: the lower-case line after it opens the name's rest."""
    raw = ["1", "Обеспечение защиты ", "государственных ", "информационных систем ",
           "и ресурсов, а также ", "Централизованное ", "хранилище ", "- Граждане ",
           "- Органы ", "власти", "Сокращение ", "времени ", "услуг по ",
           BRK, "персональных данных, в ", "применением сквозных ", "доступа и внешних угроз",
           "электронных ", "документов", "направлению ", "«Государственное ", "управление»",
           "2", "Повышение доступности ", "услуг для граждан", "Цифровая платформа ", "услуг",
           "- Граждане", "Сокращение ", "времени"]
    recs = read(raw, ["Цифровая платформа услуг"])
    assert recs[0].task.endswith("доступа и внешних угроз")
    assert recs[0].project_name == "Централизованное хранилище электронных документов"


def test_a_cut_name_s_rest_opens_after_the_task_s_wrapped_line_before_a_second_break():
    """Row cut twice: `(рекоменд` | break | task's rest up to `детей, а ` (wrapped: the
    task goes on past the second break), `овано ` / `ФОИВ)` (the name's rest), the
    benefit's rest | break | `также обучение детей`. The name's rest completes its
    broken word, so it opens there although the line before it is wrapped."""
    raw = ["1", "Повышение ", "эффективности системы ", "выявления, поддержки и",
           "Цифровой ", "помощник ", "ученика ", "(рекоменд", "- Граждане ", "- Органы ",
           "власти", "Сокращение ", "времени ", "услуг по ",
           BRK, "талантов у детей, в том ", "числе одаренных ", "детей, а ", "овано ", "ФОИВ)",
           "направлению ", "«Образование", "и наука»",
           BRK, "также обучение детей ", "из школ",
           "2", "Повышение доступности ", "услуг для граждан", "Цифровая платформа ", "услуг",
           "- Граждане", "Сокращение ", "времени"]
    recs = read(raw, ["Цифровой помощник ученика (рекомендовано ФОИВ)",
                      "Цифровая платформа услуг"])
    assert recs[0].project_name == "Цифровой помощник ученика (рекомендовано ФОИВ)"
    assert recs[0].task.endswith("детей, а также обучение детей из школ")


def test_a_number_rest_glued_to_the_task_after_a_break_keeps_the_sequence():
    """`5.` | break | `8 муниципальных` (row 5.8's rest and the task's first line after
    the break on one printed line): row 5.8 is counted, so a later number cut by a
    break (`5 Переход к` | break | `1` / `1` for 5.11) is still put back together."""
    raws: list[str] = []
    for k in range(1, 8):
        raws += [f"5.{k}", "Построение"]
    raws += ["5.", "Цифровизация ", "8 муниципальных", "5.9", "Построение", "5.1", "0",
             "Алгоритмизация", "5 Переход к ", "Цифровой ", "- Граждане ", "1", "1",
             "предоставлению ", "приоритетных"]
    brks = {raws.index("8 муниципальных"), len(raws) - 4}
    lines = [Line(n, r, 1, n in brks) for n, r in enumerate(raws)]
    texts = [ln.text for ln in _later_number_cut(lines, 5)]
    assert "5.11 Переход к" in texts


def test_a_number_rest_before_a_capitalised_task_rest_after_a_break():
    """`1.1` | break | `4 ООВО и НИИ в ` (row 1.14's rest and the task's rest, opening
    with an acronym, on one printed line): number 1.14, the line the task's; the next
    row `1.1` / `5` follows in sequence."""
    raws: list[str] = []
    for k in range(1, 14):
        raws += [f"1.{k}", "Построение"]
    raws += ["1.1", "Создание механизмов ", "Цифровое ", "4 ООВО и НИИ в ", "образования",
             "1.1", "5", "Формирование"]
    brk = raws.index("4 ООВО и НИИ в ")
    lines = [Line(n, r, 1, n == brk) for n, r in enumerate(raws)]
    out = _later_number_cut(lines, 1)
    texts = [ln.text for ln in out]
    assert texts[26] == "1.14"
    assert texts[29] == "ООВО и НИИ в" and out[29].brk and out[29].wrapped


def test_a_task_line_without_room_for_the_next_word_goes_on_after_the_break():
    """`интересами, включая ` / `потенциальные возможности` | break | `получения
    цифровых` …: the line is not marked, shorter than the widest task line (30
    letters) but `получения` would not have fitted after it, so the line may have
    filled its column (wide letters): the lower-case lines after the break are the
    task's; no other cell went on."""
    raw = ["1", "Обеспечение сервиса для ", "родителей и обучающихся по", "интересами, включая ",
           "потенциальные возможности", "Электронная школа в ", "спорте",
           "- Граждане - Органы ", "власти", "Сокращение времени", "«Образование и наука»",
           BRK, "получения цифровых ", "сертификатов, направленных", "2",
           "Повышение доступности качества ", "услуг для граждан", "Цифровая платформа ",
           "услуг", "- Граждане", "Сокращение ", "времени"]
    recs = read(raw, ["Электронная школа в спорте", "Цифровая платформа услуг"])
    assert recs[0].task.endswith("потенциальные возможности получения цифровых "
                                 "сертификатов, направленных")
