"""The one pymorphy3 analyser of a process.

Creating a MorphAnalyzer loads its dictionaries (tens of MB, about a second), so every
reader and the name matcher share this one instead of each caching its own.
"""

from __future__ import annotations

from functools import cache

import pymorphy3


@cache
def morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()
