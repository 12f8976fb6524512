"""Timeline pictures and the HTML timeline, checked by structure, not pixels."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from timeline.cli import main
from timeline.graph import EventGraph
from timeline.plot import PlotOptions, figure

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def graph() -> EventGraph:
    return timeline.build_graph(timeline.read_corpus(ROOT / "seeds"))


@pytest.fixture(scope="module")
def drawn(graph: EventGraph):
    import matplotlib.pyplot as plt

    fig = figure(graph, PlotOptions(title="روسيا وكوريا الشمالية"))
    fig.canvas.draw()
    yield fig
    plt.close(fig)


def _by_gid(fig, prefix: str) -> list:
    return [a for a in fig.findobj() if (a.get_gid() or "").startswith(prefix)]


def test_labels_are_logical_order_arabic(drawn, graph: EventGraph) -> None:
    labels = _by_gid(drawn, "label:")
    assert labels
    by_id = {n.id: n for n in graph.nodes.values()}
    for text in labels:
        node = by_id[text.get_gid().split(":", 1)[1]]
        shown = text.get_text().split(" [")[0].rstrip("…")
        assert node.label.startswith(shown) or any(m.trigger == shown for m in node.mentions)
        assert text.get_language() == "ar"
    assert drawn.texts[0].get_text() == "روسيا وكوريا الشمالية"


def test_markers_follow_time_order(drawn, graph: EventGraph) -> None:
    import matplotlib.dates as mdates

    xs = {}
    for artist in _by_gid(drawn, "marker:"):
        node_id = artist.get_gid().split(":", 1)[1]
        xs[node_id] = float(artist.get_xdata()[0])
    nodes = {n.id: n for n in graph.nodes.values()}
    day_level = [(n_id, x) for n_id, x in xs.items() if nodes[n_id].earliest == nodes[n_id].latest]
    day_level.sort(key=lambda item: item[1])
    dates = [nodes[n_id].earliest for n_id, _ in day_level]
    assert dates == sorted(dates)
    for n_id, x in day_level:
        assert mdates.num2date(x).date() == nodes[n_id].earliest


def test_month_level_events_are_bars_not_points(drawn, graph: EventGraph) -> None:
    bars = {a.get_gid().split(":", 1)[1] for a in _by_gid(drawn, "bar:")}
    june = [
        n
        for n in graph.nodes.values()
        if n.type != "STATEMENT"
        and n.earliest == dt.date(2024, 6, 1)
        and n.latest == dt.date(2024, 6, 30)
    ]
    assert june
    for node in june:
        assert node.id in bars


def test_label_boxes_do_not_overlap(drawn) -> None:
    renderer = drawn.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in _by_gid(drawn, "label:")]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)


def test_source_dates_and_merged_counts(drawn, graph: EventGraph) -> None:
    assert len(_by_gid(drawn, "source-date")) >= 4
    texts = [t.get_text() for t in _by_gid(drawn, "label:")]
    assert any("[3 مصادر]" in t for t in texts)


def test_long_span_with_a_gap_is_broken(drawn) -> None:
    assert len(drawn.axes) >= 2 and _by_gid(drawn, "break")


def test_render_writes_png_and_rejects_bad_options(graph: EventGraph, tmp_path: Path) -> None:
    out = timeline.render(graph, tmp_path / "t.png", months="latin", lanes="participant")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(timeline.InvalidSettingError):
        timeline.render(graph, tmp_path / "x.png", colour="red")
    with pytest.raises(ValueError):
        timeline.render(graph, tmp_path / "x.png", lanes="diagonal")


def test_cli_render(tmp_path: Path) -> None:
    out = tmp_path / "c.png"
    assert main(["render", str(ROOT / "seeds"), "-o", str(out), "--types", "VISIT,MEETING"]) == 0
    assert out.stat().st_size > 1000


EXAMPLES = sorted((ROOT / "examples").glob("plot_*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_writes_a_png(script: Path, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        check=True,
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    pngs = list(tmp_path.glob("*.png"))
    assert pngs and all(p.read_bytes()[:4] == b"\x89PNG" for p in pngs)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_html_timeline_renders_every_event_in_chromium(graph: EventGraph, tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("CI must provide Debian's chromium for the HTML timeline test")
        pytest.skip("chromium is not installed")
    page = graph.to_html(tmp_path / "t.html", title="روسيا وكوريا الشمالية")
    dom = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert f'data-rendered="{len(graph.nodes)}"' in dom
    for node_id in graph.nodes:
        assert f'data-id="{node_id}"' in dom
    assert 'dir="rtl"' in dom and 'lang="ar"' in dom
    assert "http://" not in page.read_text(encoding="utf-8").replace("http://www.w3.org", "")
