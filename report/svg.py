"""Charts to SVG, each distinct chart drawn once: cached by what it is drawn from.

Building a chart with altair and rendering it with vl-convert (one V8 isolate a process,
threads queue behind it) costs a few tenths of a second, and a night's report has several
charts per region: at a thousand regions that was minutes every night, although a region
whose documents did not change draws the very same charts. A chart is therefore keyed by
its builder's name and inputs (the rows a query returned, the settings), the report's
code and the libraries' versions; a key already in the cache folder is read back without
building anything. Several processes may fill one cache at once (`render.py` builds pages
in worker processes): a file appears whole, by rename. After a build, `prune` keeps only
that build's keys.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import altair
import vl_convert

from store.code_version import code_version


def _plain(value: object) -> object:
    """JSON for what query rows and settings hold besides JSON types (dates, decimals)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return f"{type(value).__name__}:{value}"


def chart_key(builder: str, inputs: list, locale: str) -> str:
    """The key of a chart drawn by `builder` from `inputs`: equal inputs, equal SVG, as long
    as neither the report's code nor altair or vl-convert changed."""
    text = json.dumps([builder, inputs], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=_plain)
    versions = f"{code_version('report')}\0{altair.__version__}\0{vl_convert.__version__}"
    return hashlib.sha256(f"{versions}\0{locale}\0{text}".encode()).hexdigest()


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


def cached_svg(key: str, spec: Callable[[], dict], locale: str, cache: Path) -> str:
    """The SVG of the chart `key`: read from the cache, or its spec built, rendered and
    written to the cache."""
    path = cache / f"{key}.svg"
    if path.exists():
        return path.read_text("utf-8")
    svg = scoped(render(spec(), locale), key)
    cache.mkdir(parents=True, exist_ok=True)
    part = cache / f".{key}.{os.getpid()}.part"
    part.write_text(svg, "utf-8")
    part.replace(path)
    return svg


def prune(cache: Path, keys: Iterable[str]) -> None:
    """Drop every cached chart but `keys` (the last build's), so the folder does not grow."""
    wanted = {f"{k}.svg" for k in keys}
    if cache.exists():
        for old in cache.iterdir():
            if old.name not in wanted:
                old.unlink(missing_ok=True)
