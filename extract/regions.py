"""Region names in the nominative, from the genitive documents print them in.

A strategy's title ends «… государственного управления Кемеровской области
Кузбасса», a decree's header reads «Правительства Кемеровской области – Кузбасса»:
both name the region in the genitive, with or without the dash before an
apposition. Every reader converts with this one function, so one region gets
one name — and one key — in the warehouse whatever document it came from.
"""

from __future__ import annotations

import re

_HEADS = {
    "области": "область", "республики": "Республика", "края": "край", "округа": "округ",
    "города": "город",
}
_DASH = re.compile(r"\s*[-–—]\s+")


def _decline_noun(word: str) -> str:
    """Nominative of a proper noun in the genitive (Кузбасса, Югры, Чувашии, Москвы)."""
    for gen, nom in (("ии", "ия"), ("ы", "а"), ("я", "ь"), ("а", "")):
        if word.endswith(gen):
            return word[: len(word) - len(gen)] + nom
    return word


def _decline_adj(word: str, feminine: bool) -> str:
    """Nominative of an adjective in the genitive (Кемеровской, Краснодарского)."""
    if feminine:
        for gen, nom in (("ской", "ская"), ("цкой", "цкая"), ("ой", "ая"), ("ей", "яя")):
            if word.endswith(gen):
                return word[: len(word) - len(gen)] + nom
        return word
    for gen, nom in (("ского", "ский"), ("цкого", "цкий"), ("кого", "кий"), ("ого", "ый"),
                     ("его", "ий")):
        if word.endswith(gen):
            return word[: len(word) - len(gen)] + nom
    return word


def region_nominative(genitive: str) -> str:
    """«Кемеровской области Кузбасса» -> «Кемеровская область – Кузбасс».

    «Республики Татарстан» -> «Республика Татарстан» (a name after a leading head
    noun is already nominative, kept as printed: «Северная Осетия – Алания»);
    «Ханты-Мансийского автономного округа – Югры» -> «Ханты-Мансийский автономный
    округ – Югра»; «города Москвы» -> «город Москва». Unknown shapes are returned
    as printed.
    """
    printed = genitive.strip(" .,;")
    words = _DASH.sub(" ", printed).split()
    heads = [i for i, w in enumerate(words) if w.lower() in _HEADS]
    if not heads:
        return printed
    h = heads[0]
    head = _HEADS[words[h].lower()]
    if h == 0:
        rest = printed.split(None, 1)[1] if len(words) > 1 else ""
        if head == "город":
            rest = " ".join(_decline_noun(w) for w in rest.split())
        return f"{head} {rest}".strip()
    feminine = head in ("область", "Республика")
    name = " ".join([*(_decline_adj(w, feminine) for w in words[:h]), head])
    after = words[h + 1 :]
    if after and after[0].lower() in _HEADS:  # «… автономной области» twice: unusual
        return printed
    if after:
        name += " – " + " ".join(_decline_noun(w) for w in after)
    return name
