"""Finding a project's name, known from another section, at the start of a cell run.

Sections 5, 6 and 7 name the same projects, but each cuts them at other page
breaks and some print extra remarks («(далее - ПУВ ЕГИССО)», the long form of
«(рекомендовано ФОИВ)»). A name is matched on its core (without trailing
parenthetical remarks) and then extended over the parentheses printed here, so
the result is always this section's own text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from extract.strategy.cells import goes_on, new_cell, open_end, parens_open
from extract.strategy.settings import SETTINGS
from extract.strategy.words import join_cell

_KEY_DROP = re.compile(r"[\s.,;:«»“”„\"'‘’‐‑‒–—−-]+")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Comparison key for project names: lower case, without spaces, punctuation,
    quotes and dashes. Sections print the same name with or without quotes, with
    `контакт-центр` or `контакт центр`, and split words at line ends with or
    without a hyphen (`информа-` + `ционной`), so none of these may matter."""
    return _KEY_DROP.sub("", text.lower().replace("ё", "е"))


_TRAILING_REMARK = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)?\s*$")


@lru_cache(maxsize=8192)
def core(name: str) -> str:
    """The name without trailing parenthetical remarks: `X (рекомендовано ФОИВ)` -> `X`."""
    out = name.strip()
    while True:
        cut = _TRAILING_REMARK.sub("", out)
        if cut == out or not cut:
            return out
        out = cut


def _split_line(done: str, line: str, target: str) -> int | None:
    """Number of words of `line` that complete `done` to `target` (keys), or None."""
    words = line.split()
    for n in range(1, len(words)):
        if name_key(f"{done} {' '.join(words[:n])}") == target:
            return n
    return None


def match_at(texts: list[str], name: str) -> tuple[int, str, str] | None:
    """If `texts` (cell lines) begin with `name`: (lines used, the name as printed
    here, the rest of the last line used when the name ends inside it)."""
    target = name_key(name)
    if not target or not texts:
        return None
    first = name_key(texts[0])
    n = min(len(first), len(target))
    if first[:n] != target[:n]:
        return None
    done: list[str] = []
    for k, line in enumerate(texts):
        cand = join_cell([*done, line])
        key = name_key(cand)
        if key == target:
            return k + 1, cand, ""
        if target.startswith(key):
            done.append(line)
            continue
        if (key.startswith(target) and done) or key.startswith(target):
            n = _split_line(join_cell(done), line, target)
            if n is not None:
                words = line.split()
                return k + 1, join_cell([*done, " ".join(words[:n])]), " ".join(words[n:])
        return None
    return None


def extend_remarks(texts: list[str], used: int, name: str) -> tuple[int, str]:
    """Take the parenthetical remarks that follow a matched core: lines starting
    with `(`, up to the one that closes it. A remark still open at the next cell
    (a capitalised word) was cut by a page break and is kept (its rest comes
    after the break); one that runs into a `- ` list item (the beneficiaries; not
    the dash after «далее»: `(далее` / `- ФГИС …)`) was no remark and is not
    taken, unless a bracket inside it closed (the source lost the last one); nor
    is one the name already holds (the next cell quoting the name: `…
    (рекомендовано ФОИВ)` | `(рекомендовано ФОИВ)»,`)."""
    k = used
    while k < len(texts) and texts[k].strip().startswith("("):
        parts = [texts[k]]
        j = k + 1
        while parens_open(join_cell(parts)) and j < len(texts) and not new_cell(texts[j]):
            if texts[j].lstrip().startswith(("- ", "– ")) and not re.search(
                    r"\bдалее$", join_cell(parts), re.IGNORECASE):
                # A remark whose inner definition closed (`(рекомендовано … (далее
                # ФОИВ)`) lost its last bracket in the source; otherwise no remark.
                if ")" not in join_cell(parts):
                    return k, name
                break
            parts.append(texts[j])
            j += 1
        remark = _balanced(join_cell(parts))
        if name_key(join_cell(parts)).rstrip(")") in name_key(name) or (
                remark and name_key(remark).rstrip(")") in name_key(name)):
            # A name never repeats a remark: this is the next cell quoting the name.
            return k, name
        joined = join_cell([name, *parts])
        if joined.count("»") > joined.count("«"):
            # A quote closed that the name never opened: the next cell (the goal:
            # «… проекта «<name> (рекомендовано ФОИВ)», сокращение …») quoting it.
            return k, name
        k, name = j, joined
        if parens_open(name):
            break
    return k, name


def _balanced(text: str) -> str:
    """`text` up to the bracket that closes its first one (`(рекомендовано ФОИВ)`
    of `(рекомендовано ФОИВ)», сокращение`), or "" when none does."""
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch == ")":
            return text[: k + 1]
    return ""


def _bare(key: str) -> str:
    return key.replace("(", "").replace(")", "")


def continue_cut(name: str, tails: list[str], names: list[str],
                 pending: Callable[[str], bool] | None = None,
                 wrapped: list[bool] | None = None,
                 remarks_of: list[str] | None = None) -> tuple[int, str]:
    """A name cut by a page break: its rest opens the text after the break (each
    column's rest comes in column order). Taken when it spells the rest of a known
    name that begins like it, or up to that name's ending (the middle may be
    worded otherwise; a capitalised line after a wrapped one, `рамках⏎` /
    `Единой`, goes on the same cell where the dump marks wrapped lines:
    `wrapped`), or else while the name is open (adjective, preposition, unclosed
    bracket; not where an open remark stops spelling the remarks of `remarks_of`,
    default `names`: `leaves_known_remark`). Returns (lines of `tails` used, name)."""
    if not tails:
        return 0, name
    key = name_key(name)
    if key in {name_key(v) for n in names for v in (n, core(n))}:
        wrapped = None  # a name spelled whole takes no capitalised line after it
    partial = 0
    for known in names:
        kk = name_key(known)
        common = 0
        while common < min(len(kk), len(key)) and kk[common] == key[common]:
            common += 1
        if common < 12 or common == len(kk):
            continue
        if common == len(key):
            hit = find_rest(tails, kk[common:])
            if hit and hit[0] == 0:
                k, text = close_bracket(tails, hit[1], join_cell([name, *tails[: hit[1]]]))
                return extend_remarks(tails, k, text)
            partial = max(partial, _rest_begun(tails, kk[common:]))
            glued = _glued_rest(tails, kk[common:])
            if glued and (glued[0] == 1 or (pending and pending(glued[2]))) and not (
                    longer_names(join_cell([name, *tails[: glued[0]]]), names)):
                # The name's last word with the next cell's first letters glued to
                # it by the lines stage (`региона` + `х`: the rest of `предприятия`
                # / `х`, cut by the column; `анализа` / `буровзрывных` / `работ` +
                # `а`, the rest of the goal's `качеств` / `а`): the letters are the
                # next cell's, whose tail comes right after the name's. Over more
                # than one line only where `pending` says the next cell's head ends
                # on a word those letters complete; and not where the lines as
                # printed go on spelling a longer known name (the other section
                # cut its name there, `федеральным` | `федеральными`).
                return glued[0], join_cell([name, *glued[1]])
        end = _bare(kk[common:])
        loose = known if common == len(key) else None
        if len(end) < 8 or _ends_like(_bare(key), end, loose):
            continue  # too short to tell, or the name already ends as the known one
        text = name
        for u, line in enumerate(tails[:15]):
            if new_cell(line) and not (wrapped and 0 < u < len(wrapped) and wrapped[u - 1]):
                break
            text = join_cell([text, line])
            if _ends_like(_bare(name_key(text)), end, loose):
                if _repeats(name, tails[: u + 1]):
                    break
                return u + 1, text
    if partial:
        # The known name's rest begun but not finished: the name column filled the
        # page and goes on after a later break (`Единая ин фор мац` | `ионная` /
        # `система` / … / `служб` | the goal's tail | break | `ы РФ …`).
        return partial, join_cell([name, *tails[:partial]])
    if not open_end(name):
        return 0, name
    n, text = 0, name
    while n < len(tails) and open_end(text) and not new_cell(tails[n]) and not _repeats(
            name, tails[n : n + 4]) and not leaves_known_remark(text, tails[n],
                                                              remarks_of or names):
        text = join_cell([text, tails[n]])
        n += 1
    return extend_remarks(tails, n, text)
def leaves_known_remark(text: str, line: str, names: list[str]) -> bool:
    """`text` ends in an open remark that spells the start of a remark a known name
    it begins as prints (`(рек` / `омен` of `(рекомендовано ФОИВ)`, cut by a page break
    in a narrow column: its rest follows the next break) and `line` does not go
    on spelling it: the line is another cell's tail (`доступности`)."""
    i = text.rfind("(")
    if i < 0 or not parens_open(text):
        return False
    part = name_key(text[i:])
    if len(part) < 4:
        return False
    head = name_key(text[:i])
    remarks = {name_key(r) for n in names if head.startswith(name_key(core(n)))
               for r in re.findall(r"\([^()]*\)", n)}
    if not any(r.startswith(part) and r != part for r in remarks):
        return False
    more = name_key(join_cell([text[i:], line]))
    return not any(r.startswith(more) for r in remarks)


def _ends_like(key: str, end: str, known: str | None) -> bool:
    """`key` ends as the known name `known` does, whose rest after where the two
    spellings part is `end`: with all of `end`, or — `known` given: the name so
    far spelled that known name's first words — at least with its last word and
    the remarks after it (8+ letters). The other section may word the middle
    short (`в рамках РСЧС (рекомендовано ФОИВ)` for `в рамках Единой … ситуаций
    (РСЧС) (рекомендовано ФОИВ)`) but prints the same ending."""
    if not known:
        return key.endswith(end)
    text = known.strip()
    words = core(text).split()
    last = _bare(name_key(f"{words[-1]}{text[len(core(text)):]}")) if words else ""
    least = min(len(end), max(8, len(last)))
    return any(key.endswith(end[-n:]) for n in range(len(end), least - 1, -1))


def close_bracket(tails: list[str], k: int, name: str) -> tuple[int, str]:
    """A name spelled to a known name's end with a bracket still open there (the
    other sections print it cut short: `(оказание поддержки … участников`) goes on
    in its own cell to the line that closes the bracket (`… продукции)`), where one
    does before the next cell opens."""
    if not parens_open(name):
        return k, name
    text = name
    for j in range(k, min(k + 20, len(tails))):
        if new_cell(tails[j]):
            break
        text = join_cell([text, tails[j]])
        if not parens_open(text):
            return j + 1, text
    return k, name


def _glued_rest(tails: list[str], rest: str) -> tuple[int, list[str], str] | None:
    """The lines opening `tails` that spell `rest` (a key, 4+ letters) but for one
    to three letters glued to the last one's last word: (lines used, the lines
    with those letters cut off, the letters), or None."""
    if len(rest) < 4:
        return None
    acc = ""
    for u, line in enumerate(tails[:15]):
        acc += name_key(line)
        extra = len(acc) - len(rest)
        if 1 <= extra <= 3 and acc.startswith(rest):
            text = line.strip()
            if not text[-extra - 1:].isalpha():
                return None
            return u + 1, [*tails[:u], text[: len(text) - extra]], text[len(text) - extra:]
        if not rest.startswith(acc):
            return None
    return None


def _repeats(name: str, lines: list[str]) -> bool:
    """The lines open with three words the name already printed in a row: the next
    cell quoting the name («… проекта «<name>» …», `на платформе ГИСП` after
    `(рекоме`), not the name's rest, however they end."""
    words = re.findall(r"[а-яёa-z0-9]+", join_cell(lines).lower().replace("ё", "е"))
    own = re.findall(r"[а-яёa-z0-9]+", name.lower().replace("ё", "е"))
    return len(words) > 3 and f" {' '.join(words[:3])} " in f" {' '.join(own)} "


def best_match(texts: list[str], names: list[str]) -> tuple[int, str, str] | None:
    """The longest known name (or its core) that `texts` begin with, extended over
    the remarks printed after it."""
    best: tuple[int, str, str] | None = None
    for name in names:
        for variant in dict.fromkeys((name, core(name))):
            m = match_at(texts, variant)
            if m is None:
                continue
            used, text, rest = m
            if (variant != name and rest and not rest.startswith("(")
                    and re.fullmatch(r"[A-ZА-ЯЁ0-9-]{2,}", variant)):
                # An acronym alone (`ЕГИСЗ` of `ЕГИСЗ (Единая …)`) names the project
                # only with its bracket after it; before words it is the task's.
                continue
            if not rest:
                used, text = extend_remarks(texts, used, text)
            elif rest.startswith("("):
                # A remark right after the name, on the same line: it is part of it.
                k, remark = extend_remarks([rest, *texts[used:]], 0, "")
                if k:
                    used, text, rest = used + k - 1, join_cell([text, remark]), ""
            elif goes_on(rest):
                # The name printed elsewhere is cut short; this line goes on with it.
                text, rest = join_cell([text, rest]), ""
                while used < len(texts) and open_end(text) and not (
                        new_cell(texts[used]) and (
                            parens_open(text) or not _ADJECTIVE_END.search(text))):
                    # (A bracket or a preposition the cut name leaves open does not
                    # take the next cell's capitalised first line, `для` /
                    # `Повышение`: the name's rest then comes after a page break;
                    # an adjective outside brackets goes on with a proper name,
                    # `Российской` / `Федерации`.)
                    text = join_cell([text, texts[used]])
                    used += 1
            if not rest:
                used, text = _follow_longer(texts, used, text, names)
            if best is None or len(name_key(text)) > len(name_key(best[1])):
                best = (used, text, rest)
    return best


def _follow_longer(texts: list[str], used: int, text: str,
                   names: list[str]) -> tuple[int, str]:
    """A matched name that a longer known name begins with goes on over the next
    lines while they keep spelling that longer name: a narrow column may end a line
    inside a word (`с интеграци` / `ей с`), where the shorter name's match stops,
    and the name's rest then comes after a page break."""
    targets = [name_key(v) for v in longer_names(text, names)]
    while targets and used < len(texts):
        cand = join_cell([text, texts[used]])
        key = name_key(cand)
        if key == name_key(text) or not any(t.startswith(key) for t in targets):
            break
        text, used = cand, used + 1
    return used, text


def _prefix_lines(texts: list[str], target: str) -> int:
    """How many leading lines of `texts` spell a proper prefix of `target` (a key)."""
    k, done = 0, []
    for line in texts:
        key = name_key(join_cell([*done, line]))
        if not target.startswith(key) or key == target:
            break
        done.append(line)
        k += 1
    return k


def _known_remark_part(lines: list[str], start: int, core_text: str, used: int,
                       taken: str, name: str) -> tuple[int, str]:
    """The remarks `extend_remarks` took after a matched core, the last one left
    open: cut back to its lines that spell one of the known name's remarks
    (`(рек` / `омен`, cut by a page break; the rest follows the next one) where the
    lines after them spell none (`доступности`: the next cell's tail)."""
    if not parens_open(taken):
        return used, taken
    o = next((j for j in range(used - 1, start - 1, -1) if lines[j].lstrip().startswith("(")
              and parens_open(join_cell(lines[j:used]))), None)
    remarks = [name_key(r) for r in re.findall(r"\([^()]*\)", name)]
    if o is None or not remarks:
        return used, taken
    q = o
    while q < used and any(r.startswith(name_key(join_cell(lines[o : q + 1]))) for r in remarks):
        q += 1
    if q in (o, used):
        return used, taken
    return q, join_cell([core_text, *lines[start:q]])


def match_across(head: list[str], tail: list[str], names: list[str]) -> tuple[int, str] | None:
    """A known name whose first lines end `head`'s run before a page break and whose
    remaining lines open `tail` after it (each column's tail comes in column order).
    Returns (lines of `tail` used, the name as printed)."""
    best: tuple[int, str] | None = None
    for name in names:
        for variant in dict.fromkeys((name, core(name))):
            k = _prefix_lines(head, name_key(variant))
            if k == 0:
                continue
            m = match_at(head[:k] + tail, variant)
            if m is None or m[0] <= k or m[2]:
                continue
            used, text = extend_remarks(head[:k] + tail, m[0], m[1])
            if variant != name:
                used, text = _known_remark_part(head[:k] + tail, m[0], m[1], used, text, name)
            if best is None or len(text) > len(best[1]):
                best = (used - k, text)
    return best


def find_rest(lines: list[str], rest: str) -> tuple[int, int] | None:
    """(start, count) of the first run of whole `lines` that spells `rest` (a key):
    the tail of a name whose head was printed before a page break."""
    if not rest:
        return None
    for p in range(len(lines)):
        acc = ""
        for u in range(p, len(lines)):
            acc += name_key(lines[u])
            if acc == rest:
                return p, u - p + 1
            if not rest.startswith(acc):
                break
    return None


def _rest_begun(lines: list[str], rest: str) -> int:
    """How many whole `lines` from the first spell a proper beginning of `rest` (a
    key) of at least `min_read_on_letters` letters, else 0: a stretch that long
    is the name's own rest, not the next cell's lines."""
    acc, n = "", 0
    for line in lines:
        acc += name_key(line)
        if not rest.startswith(acc) or acc == rest:
            break
        n += 1
    return n if len(name_key(join_cell(lines[:n]))) >= SETTINGS.min_read_on_letters else 0


def longer_names(name: str, names: list[str]) -> list[str]:
    """Known names (or their cores) that begin with `name` and go on: `name` was
    cut by a page break. Longest first."""
    key = name_key(name)
    out = {v for n in names for v in (n, core(n)) if name_key(v).startswith(key)
           and len(name_key(v)) > len(key)}
    return sorted(out, key=lambda v: -len(name_key(v)))


_LETTERS_END = re.compile(r"[А-Яа-яЁё]+$")
_LETTERS_START = re.compile(r"[а-яё]+")
_LETTERS = re.compile(r"[А-Яа-яЁё]+")
_CAPITALS_START = re.compile(r"[А-ЯЁ]+(?![а-яё])")
# A space the dump puts before closing punctuation (a line of its own: `пассажира`
# / `» проекта`) is no part of a name.
_SPACE_BEFORE_CLOSING = re.compile(r"\s+(?=[,;:)»])")


_ADJECTIVE_END = re.compile(r"[а-яё]{2,}(?:ой|ый|ий|ая|ое|ого|ых|их)$", re.IGNORECASE)


def _head(token: str) -> str:
    """The letters a token opens with (the token itself when it opens otherwise)."""
    m = _LETTERS.match(token)
    return m.group() if m else token


def _at_cut(before: str, token: str, cuts: set[tuple[str, str]]) -> bool:
    """`before` ended a printed line and `token` opens the next: as printed, or with
    a piece after a page break glued on by the join (`кате` / `гори` | break | `й`
    joined as `кате горий`)."""
    head = _head(token)
    # (`before` may itself be glued from pieces by the join, `гра` / `мм` as `грамм`:
    # its last piece ended the line.)
    return (before, head) in cuts or any(
        (a == before and len(b) >= 2 and head.startswith(b))
        or (a != before and before.endswith(a) and b == head) for a, b in cuts)


def _glued_next_word(before: str, tokens: list[str], i: int, j: int, vocab: set[str],
                     spaced: set[str]) -> tuple[int, str, str] | None:
    """The last piece `tokens[j]` of a word broken over lines (`серв` / `исов`, the
    letters `before` it) with the next word of a known name glued on by the lines
    stage (`исов` + `на`, a piece that filled a narrow column has no wrap mark):
    (j, the word glued whole, the next word) where the known names print those two
    words in a row, else None."""
    piece = tokens[j]
    runs = [" ".join(re.findall(r"[а-яёa-z0-9]+", s)) for s in spaced]
    for c in range(1, len(piece)):
        word, rest = (before + piece[:c]).lower().replace("ё", "е"), piece[c:]
        low = rest.lower().replace("ё", "е")
        if word in vocab and any(f" {word} {low} " in f" {r} " for r in runs):
            return j, "".join(tokens[i:j]) + piece[:c], rest
    return None


_GLUED_END = re.compile(r"([А-Яа-яЁё]+?)([а-яё]{1,3}-?)")


def _drop_glued(pair: list[str], vocab: set[str], printed: set[tuple[str, str]]) -> str:
    """`pair[0]` ended a printed line cut inside its word at a page's foot, with
    the next cell's first letters glued on by the lines stage (`Федерац` + `их`, the
    goal's `медицинск` / `их`; `учреж` + `о-`, the goal's `контрольн` / `о-`): the
    name's rest comes after the next break and opens the next token (`ии`,
    `дений`). `pair`: the two tokens. The word the known names print is the token
    without those letters and the rest; '' where no such word is (the token is no
    known word, nor the rest, nor the two glued as printed)."""
    if len(pair) < 2 or not pair[0] or not pair[1]:
        return ""
    token, nxt = pair
    m, rest = _GLUED_END.fullmatch(token), _LETTERS_START.fullmatch(nxt)
    if not m or not rest or (token, _head(nxt)) not in printed:
        return ""
    low = token.lower().replace("ё", "е").rstrip("-")
    tail = nxt.lower().replace("ё", "е")
    if low in vocab or tail in vocab or low + tail in vocab:
        return ""
    for k in range(1, min(4, len(low) - 1)):
        if low[:-k] + tail in vocab:
            return token[: len(low) - k] + nxt
    return ""


def respell(name: str, names: list[str], lines: list[str],
            spaces: frozenset[tuple[str, str]] = frozenset()) -> str:
    """`name` (printed on `lines`) with the words that sections 5 and 7 print
    whole and this section broke inside them (`Цифровизаци` / `я` in a narrow
    column or across a page break) put back together: a run of pieces, each
    ending one of the lines and the next opening the line after it (a column
    breaks a word only at a line's end; a space inside a line is the text's),
    whose letters make a word of a known name, where no known name prints the
    pieces apart. `spaces`: (last word, next line's first word) of lines that end
    at a space (the dump's wrap mark), which no word goes on across. Pieces whose
    letters open a known word that the next word printed after a space completes
    (`автоматизирован` / `но е`, known `автоматизированное`) are glued up to that
    space: the column cut the word, the space is the text's."""
    name = _SPACE_BEFORE_CLOSING.sub("", name)
    # A line boundary by the last word before it and the first letters after it: the
    # join may have glued the next line to a piece (`но-` + `надзорной`).
    printed = {(a.split()[-1], _head(b.split()[0])) for a, b in pairwise(lines)
               if a.split() and b.split()}
    cuts = printed - {(a, _head(b)) for a, b in spaces}
    vocab = {w.lower().replace("ё", "е") for n in names for w in re.findall(r"[А-Яа-яЁё]+", n)}
    if not vocab:
        return name
    spaced = {f' {" ".join(n.lower().replace("ё", "е").split())} ' for n in names}
    stems = {w[:k] for w in vocab for k in range(1, len(w))}
    tokens = name.split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        dropped = _drop_glued(tokens[i: i + 2], vocab, printed)
        if dropped:
            out.append(dropped)
            i += 2
            continue
        pair = tokens[i].partition("-")
        dropped = pair[1] and _drop_glued([pair[0] + "-", pair[2]], vocab, printed)
        if dropped:
            # (The join glued the rest onto a hyphen ending the glued letters:
            # `учрежо-` + `дений`.)
            out.append(dropped)
            i += 1
            continue
        best = 0
        split: tuple[int, str, str] | None = None
        end = _LETTERS_END.search(tokens[i])
        if end:
            word = end.group().lower().replace("ё", "е")
            for j in range(i + 1, len(tokens)):
                if j > i + 1 and word not in stems:
                    break  # (no known word goes on so: a narrow column may print one
                    # in many pieces, `обр` / `азо` / `ват` / …, as long as they spell one)
                # A piece opens in lower case, or in capitals after capitals (`РСУ` / `Д`)
                # or after a word an acronym is glued to as the names print it
                # (`данными` / `РСУД` of `даннымиРСУД`: one token, cut by the column).
                # (One capital, `«Ц` / `иф` / `ров`, is a word's first letter, no acronym.)
                before = _LETTERS_END.search(tokens[j - 1])
                acronym = bool(before) and len(before.group()) > 1 and before.group()[-2:].isupper()
                start = (_CAPITALS_START if acronym else _LETTERS_START).match(
                    tokens[j]) or _CAPITALS_START.match(tokens[j])
                if not start or not _at_cut(tokens[j - 1], tokens[j], cuts):
                    break
                word += start.group().lower().replace("ё", "е")
                apart = " ".join(tokens[i: j + 1]).lower().replace("ё", "е")
                if word in vocab and not any(f" {apart} " in s for s in spaced):
                    best = j
                elif j + 1 < len(tokens) and (tokens[j], _head(tokens[j + 1])) not in cuts:
                    nxt = _LETTERS.match(tokens[j + 1])
                    if nxt and nxt.end() == len(tokens[j + 1]) and (
                            word + nxt.group().lower().replace("ё", "е")) in vocab:
                        best = j
                if not best and start.end() == len(tokens[j]) and not split:
                    split = _glued_next_word(word[: len(word) - len(start.group())],
                                             tokens, i, j, vocab, spaced)
                if start.end() < len(tokens[j]):
                    break  # the piece ends a word of its own
        if not best and split:
            out.extend(split[1:])
            i = split[0] + 1
            continue
        out.append("".join(tokens[i: best + 1]) if best else tokens[i])
        i = best + 1 if best else i + 1
    return " ".join(out)
