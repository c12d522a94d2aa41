"""One fact, one row: a copied file and a second edition of a strategy, end to end."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import DOCUMENTS, STRATEGIES, Pipeline

# Later than the corpus file's edition, which prints no act date and so dates from when
# the pipeline first sees it (this run).
APPROVED = datetime.now(UTC).date() + timedelta(days=30)


def later_edition(source: Path, target: Path, approved: date = APPROVED) -> Path:
    """The strategy approved later, with other targets: an approval act on the title page
    and, in section 7, every whole-cell value «80» printed as «85»."""
    lines = source.read_text("utf-8").split("\n")
    section_7 = max(i for i, line in enumerate(lines) if "Показатели развития отрасли" in line)
    body = [(" 85" if line == " 80" and i > section_7 else line) for i, line in enumerate(lines)]
    assert body != lines, "the edition must change some values"
    act = f"УТВЕРЖДЕНА\nпостановлением Правительства\nот {approved:%d.%m.%Y} № 123\n"
    target.write_text(act + "\n".join(body), "utf-8")
    return target


def mart_counts(pipeline: Pipeline) -> dict[str, int]:
    names = [r[0] for r in pipeline.query(
        "select table_name from information_schema.tables "
        "where table_schema = 'main' and table_name like 'mart_%'")]
    return {n: pipeline.query(f"select count(*) from {n}")[0][0] for n in names}


@pytest.mark.slow  # a whole nightly run beside the corpus run (~30 s)
def test_copy_loads_nothing_and_a_later_edition_replaces_the_current_one(
        corpus_run, pipeline: Pipeline, tmp_path: Path) -> None:
    alone, _ = corpus_run
    copied, edited = STRATEGIES[0], STRATEGIES[1]
    pipeline.add(*DOCUMENTS)
    copy = tmp_path / f"copy_of_{copied.name}"
    copy.write_bytes(copied.read_bytes())
    edition = later_edition(edited, tmp_path / f"edition_2024_{edited.name}")
    pipeline.add(copy, edition)
    result, _ = pipeline.run()
    assert result.success

    status = {r[0]: r[1:] for r in pipeline.query(
        "select document, status, duplicate_of, is_current_edition from mart_document_status")}
    assert status[copy.name][:2] == ("duplicate", copied.name)
    assert status[edition.name] == ("published", None, True)
    assert status[edited.name] == ("published", None, False)
    assert pipeline.query(
        "select count(*) from fct_indicator_target where source_file = ?", copy.name) == [(0,)]

    # Every current mart has the corpus's rows; the status mart lists the two new files.
    counts, expected = mart_counts(pipeline), mart_counts(alone)
    assert counts.pop("mart_document_status") == expected.pop("mart_document_status") + 2
    assert counts == expected

    # History: both editions, the earlier one valid until the later one's approval.
    editions = pipeline.query(
        "select source_file, valid_from, valid_to, is_current from dim_document "
        "where source_file in (?, ?) order by valid_from", edited.name, edition.name)
    assert [(e[0], e[3]) for e in editions] == [(edited.name, False), (edition.name, True)]
    assert str(editions[0][2]) == str(editions[1][1]) == APPROVED.isoformat()
    by_edition = dict(pipeline.query(
        "select source_file, count(*) from fct_indicator_target "
        "where source_file in (?, ?) group by 1", edited.name, edition.name))
    assert by_edition[edited.name] == by_edition[edition.name] > 0
    changed = pipeline.query(
        "select count(*) from mart_indicator_targets_by_region where source_file = ? "
        "and value_raw = '85'", edition.name)[0][0]
    before = alone.query(
        "select count(*) from mart_indicator_targets_by_region where source_file = ? "
        "and value_raw = '85'", edited.name)[0][0]
    assert changed > before  # the current mart shows the new edition's targets
    assert pipeline.query(
        "select count(*) from fct_indicator_target where source_file is null "
        "or source_line is null") == [(0,)]
