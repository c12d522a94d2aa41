"""Charts are rendered once per spec (report.svg), and region pages in worker processes
(report.render) come out as they do in one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from report import svg


def bars(n: int) -> dict:
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "data": {"values": [{"a": f"x{i}", "b": i + n} for i in range(3)]},
            "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"},
                                        "y": {"field": "b", "type": "quantitative"}}}


def test_unchanged_spec_is_read_back_and_a_changed_one_rendered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    k1, first = svg.cached_svg(bars(1), "ru-RU", tmp_path)
    k2, second = svg.cached_svg(bars(2), "ru-RU", tmp_path)
    assert first.startswith("<svg") and first != second and k1 != k2
    rendered: list[dict] = []
    real = svg.render
    monkeypatch.setattr(svg, "render", lambda spec, locale: rendered.append(spec)
                        or real(spec, locale))
    assert svg.cached_svg(bars(1), "ru-RU", tmp_path) == (k1, first)
    assert rendered == []
    k3, _ = svg.cached_svg(bars(3), "ru-RU", tmp_path)
    assert rendered == [bars(3)]
    # After a build, the cache keeps only that build's charts.
    svg.prune(tmp_path, [k1, k3])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"{k1}.svg", f"{k3}.svg"])


def test_locale_is_part_of_the_key() -> None:
    assert svg.spec_key(bars(1), "ru-RU") != svg.spec_key(bars(1), "en-US")


def test_a_spec_the_renderer_rejects_is_an_error_and_not_cached(tmp_path: Path) -> None:
    bad = {"mark": "bar", "encoding": {"x": {"field": "a", "type": "no-such-type"}}}
    with pytest.raises(ValueError, match="conversion failed"):
        svg.cached_svg(bad, "ru-RU", tmp_path)
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


def test_element_ids_are_scoped_to_the_chart() -> None:
    raw = ('<svg><defs><linearGradient id="gradient_30"/><clipPath id="clip1"/></defs>'
           '<path fill="url(#gradient_30)"/><g clip-path="url(#clip1)"/><use href="#clip1"/>'
           '<path fill="url(#other)"/></svg>')
    out = svg.scoped(raw, "abcdef0123456789")
    assert 'id="cabcdef012345-0"' in out and "url(#cabcdef012345-0)" in out
    assert "url(#cabcdef012345-1)" in out and 'href="#cabcdef012345-1"' in out
    assert "url(#other)" in out  # not an id of this chart: left alone
    # Another process numbers its gradients on: the same chart, the same ids.
    assert svg.scoped(raw.replace("gradient_30", "gradient_62"), "abcdef0123456789") == out
