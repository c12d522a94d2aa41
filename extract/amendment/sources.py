"""Funding-source labels («Всего», «областной бюджет», …) to the contract's source codes.

Shared by the passport paragraph and the funding table because both name sources
in the same words. Regions differ in how they call their own budget (областной,
краевой, республиканский, окружной, бюджет субъекта), so the regional class is
recognised by those words; a label naming the federal budget is federal even
when it sits under «иные не запрещенные законодательством источники».
"""

from __future__ import annotations

import re

TOTAL, REGIONAL, FEDERAL, LOCAL = "total", "regional", "federal", "local"
EXTRABUDGETARY, OTHER = "extrabudgetary", "other"
# Sources the contract's tables carry (program_funding and program_passport_funding);
# `other` («иные источники» without saying which) is read for reconciliation only.
CONTRACT_SOURCES = (TOTAL, REGIONAL, FEDERAL, LOCAL, EXTRABUDGETARY)

_FEDERAL = re.compile(r"федеральн", re.IGNORECASE)
_LOCAL = re.compile(r"местн\w*\s+бюджет|бюджет\w*\s+муниципальн|муниципальн\w*\s+образован"
                    r"|бюджет\w*\s+(?:городских|муниципальных)", re.IGNORECASE)
_EXTRABUDGETARY = re.compile(r"внебюджетн|юридическ\w+\s+лиц|собственн\w+\s+средств"
                             r"|средств\w*\s+(?:организаци|предприяти|инвестор)", re.IGNORECASE)
_OTHER = re.compile(r"прочи\w*\s+источник", re.IGNORECASE)
_REGIONAL = re.compile(
    r"областн|краев|республиканск|окружн|бюджет\w*\s+субъекта|регионал\w*\s+бюджет"
    r"|бюджет\w*\s+(?:[А-Я]\w+\s+)?(?:области|края|республики|округа)",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\b(?:всего|итого)\b|общ\w*\s+объем|^\s*объем\w*\s+финансир",
                    re.IGNORECASE)
_INOE = re.compile(r"ины\w*\s+(?:не\s+запрещенн\w*\s+законодательством\s+)?источник",
                   re.IGNORECASE)


def source_kind(label: str) -> str | None:
    """The source a label names, or None when it names none (a name fragment, say)."""
    if not label or not label.strip():
        return None
    if _FEDERAL.search(label):
        return FEDERAL
    if _LOCAL.search(label):
        return LOCAL
    if _EXTRABUDGETARY.search(label):
        return EXTRABUDGETARY
    if _OTHER.search(label):
        return OTHER
    if _REGIONAL.search(label):
        return REGIONAL
    if _TOTAL.search(label):
        return TOTAL
    if _INOE.search(label):
        return OTHER
    return None

