"""Identity: which section-6 project a row means (readers), and which printed wordings
are one federal indicator or project (canonical/, measured on labelled corpus pairs)."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from pathlib import Path

import pytest

from canonical.cluster import Wording, group
from canonical.settings import SETTINGS
from canonical.similarity import compare
from canonical.wording import Vocabulary, comparison_form
from extract.extraction import extract_file
from extract.strategy.identity import REF_COLUMN, link_projects
from tests.conftest import REPO, STRATEGIES

PAIRS = REPO / "tests" / "fixtures" / "indicator_pairs.csv"
REGIONS = ["Калининградская область", "Кемеровская область – Кузбасс"]
# Measured on tests/fixtures/indicator_pairs.csv (docs/identity.md): the floors are the
# rates this matcher reaches, so a change that loses merges fails here.
INDICATOR_MERGE_RATE = 57 / 62
PROJECT_MERGE_RATE = 14 / 15


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.build(REGIONS)


def form(text: str, vocabulary: Vocabulary) -> str:
    return comparison_form(text, vocabulary).text


def labelled(kind: str) -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["kind"] == kind]


# --- comparison forms -------------------------------------------------------------------

def test_wording_differences_of_the_template_vanish(vocabulary: Vocabulary) -> None:
    same = [
        ("Доля приобретаемых на бюджетные средства препаратов",
         "Доля приобретаемых за бюджетные средства препаратов"),
        ("раскрывающих информацию в ГИС ЖКХ",
         "раскрывающих информацию в государственную информационную систему "
         "жилищно-коммунального хозяйства"),
        ("услуг на ЕПГУ",
         "услуг на Едином портале государственных и муниципальных услуг (функций)"),
        ("перевозки (в пределах Калининградской области)",
         "перевозки (в пределах субъекта Российской Федерации)"),
        ("Доля учащихся, по которым ведется профиль",
         "Доля обучающихся, по которым ведется профиль"),
    ]
    for a, b in same:
        assert form(a, vocabulary) == form(b, vocabulary), (a, b)


def test_numbers_are_set_aside(vocabulary: Vocabulary) -> None:
    printed = comparison_form("100 государственных услуг предоставляются", vocabulary)
    assert printed.numbers == ("100",)
    assert "100" not in printed.text


def test_one_differing_word_of_another_meaning_is_a_conflict(vocabulary: Vocabulary) -> None:
    a = form("Доля управляющих организаций, раскрывающих информацию в ГИС ЖКХ", vocabulary)
    b = form("Доля ресурсоснабжающих организаций, раскрывающих информацию в ГИС ЖКХ", vocabulary)
    assert compare(a, b).conflict
    c = form("Доля мер поддержки, которые назначаются в срок", vocabulary)
    d = form("Доля мер поддержки со сроком назначения", vocabulary)
    assert not compare(c, d).conflict  # «назначаются» / «назначения»: one root


# --- grouping ---------------------------------------------------------------------------

def test_two_wordings_of_one_document_stay_two_indicators(vocabulary: Vocabulary) -> None:
    a, b = "Доля сведений, полученных онлайн", "Доля сведений, полученных онлайн в срок"
    apart, _ = group("indicator", [Wording(a, "x.txt"), Wording(b, "x.txt")], vocabulary)
    assert len({m.key for m in apart}) == 2
    merged, _ = group("indicator", [Wording(a, "x.txt"), Wording(b, "y.txt")], vocabulary)
    assert len({m.key for m in merged}) == 1
    assert {m.method for m in merged} == {"exact", "fuzzy"}


def test_the_analysts_seed_overrides_the_matcher(tmp_path: Path, vocabulary: Vocabulary) -> None:
    a = "Доля управляющих организаций, раскрывающих информацию в ГИС ЖКХ"
    b = "Доля ресурсоснабжающих организаций, раскрывающих информацию в ГИС ЖКХ"
    c = "Доля управляющих организаций, раскрывающих информацию в полном объеме в ГИС ЖКХ"
    words = [Wording(a, "x.txt"), Wording(b, "y.txt"), Wording(c, "z.txt")]
    matched, review = group("indicator", words, vocabulary)
    key = {m.name: m.key for m in matched}
    assert key[a] != key[b] and key[a] == key[c]
    assert any({r.name_a, r.name_b} == {a, b} and r.reason == "conflicting_words"
               for r in review)

    seed = tmp_path / "overrides.csv"
    with seed.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["kind", "printed_name", "canonical_name"])
        for printed in (a, b.upper()):  # case does not matter
            writer.writerow(["indicator", printed, "Раскрытие информации в ГИС ЖКХ"])
    settings = replace(SETTINGS, overrides_csv=seed)
    matched, _ = group("indicator", words, vocabulary, settings)
    by_name = {m.name: m for m in matched}
    assert by_name[a].key == by_name[b].key != by_name[c].key
    assert by_name[a].method == by_name[b].method == "seed"
    assert by_name[a].canonical_name == "Раскрытие информации в ГИС ЖКХ"


# --- labelled pairs through the warehouse -------------------------------------------------

# kind -> (its wording and canonical key in the warehouse, merge rate measured)
WAREHOUSE_KEYS = {
    "indicator": ("select indicator_name, indicator_key from dim_indicator_wording",
                  INDICATOR_MERGE_RATE),
    "project": ("select project_name, canonical_project_key from dim_project",
                PROJECT_MERGE_RATE),
}


@pytest.mark.parametrize("kind", WAREHOUSE_KEYS)
def test_labelled_pairs_share_a_key_in_the_warehouse(corpus_run, kind: str) -> None:
    pipeline, _ = corpus_run
    sql, floor = WAREHOUSE_KEYS[kind]
    key: dict[str, str | None] = dict(pipeline.query(sql))

    def same(r: dict[str, str]) -> bool:
        a, b = r["name_a"].strip(), r["name_b"].strip()
        assert a in key and b in key, f"labelled wording not in the warehouse: {r}"
        return key[a] is not None and key[a] == key[b]

    pairs = labelled(kind)
    merge = [same(r) for r in pairs if r["label"] == "merge"]
    apart = [same(r) for r in pairs if r["label"] == "apart"]
    assert sum(merge) / len(merge) >= floor
    assert not any(apart)


def test_every_target_has_a_canonical_indicator(corpus_run) -> None:
    pipeline, _ = corpus_run
    assert pipeline.query(
        "select count(*) from fct_indicator_target t left join dim_indicator using "
        "(indicator_key) where dim_indicator.indicator_key is null") == [(0,)]


# --- project identity in the readers ------------------------------------------------------

def _project(no: str, name: str) -> dict:
    return {"sector_no": "1", "project_no": no, "project_name": name}


def test_each_section_5_and_7_row_gets_its_section_6_project() -> None:
    tables = {
        "strategy_projects": [
            _project("1", "Цифровой помощник учителя (рекомендовано ФОИВ)"),
            _project("2", "Цифровой помощник ученика (рекомендовано ФОИВ)"),
            _project("3", "Национальная система управления данными (НСУД)"),
            _project("4", "Платформа обратной связи"),
        ],
        "strategy_task_links": [
            {"sector_no": "1", "project_name": "Цифровой помощник ученика"},
            {"sector_no": "1", "project_name": "НСУД"},
            {"sector_no": "1", "project_name": "Цифровой помощник"},  # too short to be a cut
        ],
        "strategy_indicators": [
            # section 7 numbers it 4 but names project 2, cut by a page break
            {"sector_no": "1", "project_no": "4", "project_name": "Цифровой помощник учени"},
            # a name section 6 does not have: the project of the same number
            {"sector_no": "1", "project_no": "4", "project_name": "Обратная связь"},
            {"sector_no": "2", "project_no": "1", "project_name": "Нет такого раздела"},
        ],
    }
    link_projects(tables)
    assert [r[REF_COLUMN] for r in tables["strategy_task_links"]] == ["2", "3", ""]
    assert [r[REF_COLUMN] for r in tables["strategy_indicators"]] == ["2", "4", ""]
    # Named by no section-6 project, whether or not a number linked it: a finding each.
    assert [(f["check"], f["object"]) for f in tables["findings"]] == [
        ("indicator_project_not_in_section_6", "Обратная связь"),
        ("indicator_project_not_in_section_6", "Нет такого раздела"),
    ]


@pytest.mark.parametrize("path", STRATEGIES, ids=lambda p: p.name[:3])
def test_corpus_rows_resolve_to_section_6_projects(path: Path) -> None:
    extraction = extract_file(path)
    section6 = {(p["sector_no"], p["project_no"]) for p in extraction.rows("strategy_projects")}
    for table in ("strategy_task_links", "strategy_indicators"):
        rows = extraction.rows(table)
        refs = [(r["sector_no"], r[REF_COLUMN]) for r in rows if r[REF_COLUMN]]
        assert set(refs) <= section6
        # measured: every section-7 row and all but two section-5 rows of the corpus resolve
        assert len(rows) - len(refs) <= (2 if table == "strategy_task_links" else 0)


def test_no_project_matching_remains_in_dbt_macros() -> None:
    macros = "\n".join(
        p.read_text("utf-8") for p in (REPO / "dbt_project" / "macros").glob("*.sql"))
    names = re.findall(r"{%-?\s*macro\s+(\w+)", macros)
    assert names and not [n for n in names if "project" in n]
    models = "\n".join(p.read_text("utf-8")
                       for p in (REPO / "dbt_project" / "models").rglob("*.sql"))
    assert "starts_with(" not in models  # no name-prefix matching of projects in SQL
