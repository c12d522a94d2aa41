"""Hand-made section-7 tables as the PDF and Word readers hand them to the record
builder (`table_records`), for the rule tests: the header and section 6's records."""

from __future__ import annotations

from extract.strategy.records import ProjectRecord

HEADER = [["№", "Наименование проекта", "Ответственный исполнитель",
           "Наименование показателя", "Единица измерения", "2024", "2025", "2026"]]


def project(no: str, name: str, sector: str = "6") -> ProjectRecord:
    """Section 6's record of a project (only its number and name matter here)."""
    return ProjectRecord(sector_no=sector, sector_name="Социальная сфера", project_no=no,
                         project_name=name, goal="", term="", description="",
                         financing="", region_role="")
