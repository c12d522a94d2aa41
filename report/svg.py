"""Vega-Lite specs to SVG, each distinct spec rendered once: cached by its content.

vl-convert renders one spec in about a tenth of a second in the one V8 isolate a process
has (threads queue behind it), and a night's report has several charts per region: at a
thousand regions that was minutes every night, although a region whose documents did not
change draws the very same chart. A spec is therefore keyed by its JSON (with the
renderer's version and locale); a key already in the cache folder is read back. Several
processes may fill one cache at once (`render.py` builds pages in worker processes): a
file appears whole, by rename. After a build, `prune` keeps only that build's keys.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from pathlib import Path

import vl_convert


def spec_key(spec: dict, locale: str) -> str:
    text = json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{vl_convert.__version__}\0{locale}\0{text}".encode()).hexdigest()


def render(spec: dict, locale: str) -> str:
    """One spec to SVG, offline: no URL may be fetched while converting."""
    return vl_convert.vegalite_to_svg(spec, format_locale=locale, time_format_locale=locale,
                                      allowed_base_urls=[])


_ID_USE = re.compile(r'(\bid="|url\(#|href="#)([A-Za-z_][\w-]*)')


def scoped(svg: str, key: str) -> str:
    """The SVG with its element ids (gradients, clip paths) prefixed by its spec's key.

    Vega numbers them with a counter of the rendering process, so two charts inlined in one
    page, rendered by different processes or on different nights, could both define
    `gradient_30` and one would paint with the other's. Renamed to the key and their order,
    they are unique per chart and the same on every render of one spec."""
    names = {old: f"c{key[:12]}-{n}"
             for n, old in enumerate(dict.fromkeys(re.findall(r'\bid="([^"]+)"', svg)))}
    return _ID_USE.sub(lambda m: m.group(1) + names[m.group(2)] if m.group(2) in names
                       else m.group(0), svg)


def cached_svg(spec: dict, locale: str, cache: Path) -> tuple[str, str]:
    """(key, SVG) of the spec: read from the cache, or rendered and written to it."""
    key = spec_key(spec, locale)
    path = cache / f"{key}.svg"
    if path.exists():
        return key, path.read_text("utf-8")
    svg = scoped(render(spec, locale), key)
    cache.mkdir(parents=True, exist_ok=True)
    part = cache / f".{key}.{os.getpid()}.part"
    part.write_text(svg, "utf-8")
    part.replace(path)
    return key, svg


def prune(cache: Path, keys: Iterable[str]) -> None:
    """Drop every cached chart but `keys` (the last build's), so the folder does not grow."""
    wanted = {f"{k}.svg" for k in keys}
    if cache.exists():
        for old in cache.iterdir():
            if old.name not in wanted:
                old.unlink(missing_ok=True)
