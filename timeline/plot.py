"""Timeline pictures: an :class:`~timeline.graph.EventGraph` drawn as a PNG.

matplotlib (3.11 or later) is imported inside the functions, with the Agg
backend. Arabic labels go in as plain logical-order strings with
``language="ar"``: matplotlib shapes and orders them itself, so nothing here
reshapes text.

What the picture shows:

* a dated axis whose ticks suit the span (days to years), month names in Arabic or
  Latin script;
* one lane per event type (or per main participant);
* an event known to the day as a marker, one known only to the month or year as a
  bar over that stretch, an open-ended one as a bar fading towards the open side;
* labels placed so that no two overlap, with leader lines back to their event;
  events reported by several articles carry the number of sources;
* the publication dates of the sources as faint ticks along the axis;
* long spans with a gap (2022 … 2024) split into panels with a broken axis.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from timeline.errors import InvalidSettingError
from timeline.graph import EventGraph, Node, build_graph
from timeline.lang.ar import display as ar
from timeline.model import Document, Mention

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["PlotOptions", "figure", "render"]

FONTS = ("Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Noto Sans", "DejaVu Sans")
COLORS = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
    "#e377c2", "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#637939",
)  # fmt: skip
_DAY = dt.timedelta(days=1)


@attrs.frozen(kw_only=True)
class PlotOptions:
    """How to draw a timeline.

    Attributes:
        title: The picture's title (Arabic or any script).
        lanes: ``"type"`` (one lane per event type) or ``"participant"`` (per
            main participant).
        months: ``"ar"`` for Arabic month names, ``"latin"`` for English ones.
        statements: Draw ``STATEMENT`` events too (off: they crowd a timeline).
        types: Only these event types (``None``: all).
        broken_axis: ``"auto"`` (split where the dated events leave a long gap),
            ``True`` or ``False``.
        open_days: How far an open-ended interval is drawn before it fades.
        width: Figure width in inches (height follows the lanes).
        dpi: Resolution of the PNG.
        max_label: Longest label in characters before it is shortened.
        show: ``"events"`` (the event graph) or ``"timexes"`` (the dated time
            expressions of the documents, one lane per calendar).
    """

    title: str | None = None
    lanes: str = "type"
    months: str = "ar"
    statements: bool = False
    types: tuple[str, ...] | None = None
    broken_axis: bool | str = "auto"
    open_days: int = 45
    width: float = 14.0
    dpi: int = 130
    max_label: int = 34
    show: str = "events"

    def __attrs_post_init__(self) -> None:
        if self.lanes not in ("type", "participant"):
            raise InvalidSettingError(f"lanes={self.lanes!r}; expected 'type' or 'participant'")
        if self.months not in ("ar", "latin"):
            raise InvalidSettingError(f"months={self.months!r}; expected 'ar' or 'latin'")
        if self.show not in ("events", "timexes"):
            raise InvalidSettingError(f"show={self.show!r}; expected 'events' or 'timexes'")
        if self.broken_axis not in ("auto", True, False):
            raise InvalidSettingError(f"broken_axis={self.broken_axis!r}")


@attrs.frozen
class _Item:
    node: Node
    lane: str
    start: dt.date
    end: dt.date
    open_start: bool
    open_end: bool
    point: bool


def _num(day: dt.date) -> float:
    """A date on matplotlib's date axis."""
    import matplotlib.dates as mdates

    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def _fonts() -> list[str]:
    """The installed fonts of :data:`FONTS`, best first (DejaVu Sans always is)."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return [name for name in FONTS if name in installed] or ["DejaVu Sans"]


def _as_graph(source: EventGraph | Document | Iterable[Document], show: str) -> EventGraph:
    if isinstance(source, EventGraph):
        if show == "timexes":
            raise InvalidSettingError("show='timexes' needs documents, not a graph")
        return source
    documents = [source] if isinstance(source, Document) else list(source)
    if show == "timexes":
        return _timex_graph(documents)
    return build_graph(documents)


def _hijri_words(reading: str) -> str:
    """``1445-12-08`` → ``8 ذو الحجة 1445هـ``."""
    parts = [int(p) for p in reading.split("-") if p.isdigit()]
    if len(parts) >= 2 and 1 <= parts[1] <= 12:
        day = f"{parts[2]} " if len(parts) == 3 else ""
        return f"{day}{ar.HIJRI_MONTHS[parts[1] - 1]} {parts[0]}{ar.HIJRI_SUFFIX}"
    return f"{reading}{ar.HIJRI_SUFFIX}"


def _timex_graph(documents: Sequence[Document]) -> EventGraph:
    """The dated time expressions of documents, as a graph of one-mention nodes."""
    nodes: dict[str, Node] = {}
    for doc_index, doc in enumerate(documents):
        name = doc.id or f"doc{doc_index}"
        for t in doc.timexes:
            if t.type not in ("DATE", "TIME") or (t.earliest is None and t.latest is None):
                continue
            reading = f" ({_hijri_words(t.hijri)})" if t.hijri else ""
            node_id = f"t{len(nodes):05d}"
            nodes[node_id] = Node(
                id=node_id,
                type=t.calendar,
                label=t.text + reading,
                earliest=t.earliest,
                latest=t.latest,
                value=t.value,
                participants=(),
                location=None,
                modality="asserted",
                mentions=(Mention(doc=name, start=t.start, end=t.end, trigger=t.text),),
            )
    ordered = sorted(nodes.values(), key=lambda n: n.earliest or n.latest or dt.date.max)
    sources = {(d.id or f"doc{i}"): d.published for i, d in enumerate(documents)}
    return EventGraph(nodes={n.id: n for n in ordered}, edges=(), sources=sources)


def _items(graph: EventGraph, options: PlotOptions) -> list[_Item]:
    out = []
    for node in graph.ordered():
        if node.type == "STATEMENT" and not options.statements and options.show == "events":
            continue
        if options.types is not None and node.type not in options.types:
            continue
        if node.earliest is None and node.latest is None:
            continue
        open_start, open_end = node.earliest is None, node.latest is None
        span = dt.timedelta(days=options.open_days)
        start = node.earliest or (node.latest - span if node.latest else None)
        end = node.latest or (node.earliest + span if node.earliest else None)
        assert start is not None and end is not None
        if options.lanes == "type":
            lane = node.type
        else:
            lane = node.participants[0] if node.participants else "—"
        point = start == end and not (open_start or open_end)
        out.append(_Item(node, lane, start, end, open_start, open_end, point))
    return out


def _label(node: Node, options: PlotOptions) -> str:
    text = node.label
    if len(text) > options.max_label:
        text = text[: options.max_label - 1].rstrip() + "…"
    if node.documents > 1:
        text += f" [{node.documents} {ar.SOURCES}]"
    return text


def _panels(items: Sequence[_Item], options: PlotOptions) -> list[tuple[dt.date, dt.date]]:
    """Stretches of time to draw; more than one when a long empty gap splits them.

    The gaps are read between the middles of well-dated events, so one vague bar
    across the gap does not glue both sides together; a panel always covers the
    events whose middle falls in it.
    """
    lo = min(i.start for i in items)
    hi = max(i.end for i in items)
    total = max((hi - lo).days, 1)
    pad = dt.timedelta(days=max(3, total // 40))
    if options.broken_axis is False:
        return [(lo - pad, hi + pad)]
    points = sorted(i.start + (i.end - i.start) / 2 for i in items)
    limit = max(total * 0.25, 90) if options.broken_axis == "auto" else 60
    groups: list[list[dt.date]] = [[points[0], points[0]]]
    for point in points[1:]:
        if (point - groups[-1][1]).days > limit:
            groups.append([point, point])
        else:
            groups[-1][1] = point
    if len(groups) == 1:
        return [(lo - pad, hi + pad)]
    out = []
    for start, end in groups:
        members = [i for i in items if start <= i.start + (i.end - i.start) / 2 <= end]
        first = min(i.start for i in members)
        last = max(i.end for i in members)
        width = max((last - first).days, 30)
        margin = dt.timedelta(days=max(5, width // 8))
        out.append((first - margin, last + margin))
    return out


def _date_formatter(options: PlotOptions, span_days: int) -> Any:
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    def fmt(x: float, _pos: int | None = None) -> str:
        day = mdates.num2date(x).date()  # type: ignore[no-untyped-call]
        month = ar.MONTHS[day.month - 1] if options.months == "ar" else day.strftime("%b")
        if span_days <= 45:
            return f"{day.day} {month}"
        if span_days <= 1500:
            return f"{month} {day.year}"
        return str(day.year)

    return FuncFormatter(fmt)


def figure(
    source: EventGraph | Document | Iterable[Document], options: PlotOptions | None = None
) -> Figure:
    """Draw the timeline and return the matplotlib figure (see :func:`render`)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    options = options or PlotOptions()
    graph = _as_graph(source, options.show)
    items = _items(graph, options)
    plt.rcParams["font.family"] = _fonts()
    lanes = list(dict.fromkeys(i.lane for i in items)) or ["—"]
    colors = {lane: COLORS[k % len(COLORS)] for k, lane in enumerate(lanes)}
    panels = _panels(items, options) if items else [(dt.date.today(), dt.date.today())]
    height = 2.0 + 0.8 * len(lanes)
    days = [max((b - a).days, 1) for a, b in panels]
    ratios = [max(d, sum(days) * 0.14) for d in days]
    fig, axes = plt.subplots(
        1,
        len(panels),
        figsize=(options.width, height),
        sharey=True,
        gridspec_kw={"width_ratios": ratios, "wspace": 0.04},
        squeeze=False,
    )
    axs: list[Axes] = list(axes[0])
    for ax, (lo, hi), ratio in zip(axs, panels, ratios, strict=True):
        _draw_panel(ax, items, lanes, colors, (lo, hi), options)
        span = (hi - lo).days
        share = ratio / sum(ratios)
        ticks = max(2, round(9 * share))
        low = 4 if share > 0.5 else 1
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=low, maxticks=max(ticks, low)))  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_formatter(_date_formatter(options, span if share > 0.3 else 400))
        for tick in ax.get_xticklabels():
            tick.set_language("ar")
        _source_ticks(ax, graph, (lo, hi))
    _broken_axis_marks(axs)
    axs[0].set_yticks(range(len(lanes)))
    labels = [ar.LANE_LABELS.get(lane, lane) if options.lanes == "type" else lane for lane in lanes]
    axs[0].set_yticklabels(labels)
    for tick in axs[0].get_yticklabels():
        tick.set_language("ar")
    axs[0].set_ylim(-0.7, len(lanes) - 0.3)
    if options.title:
        fig.suptitle(options.title, fontsize=15, language="ar")
    _legend(fig, axs[-1])
    top = 1 - (0.9 if options.title else 0.5) / height
    fig.subplots_adjust(left=0.1, right=0.98, top=top, bottom=1.0 / height)
    _place_labels(fig, axs, items, lanes, panels, options)
    return fig


def _draw_panel(
    ax: Axes,
    items: Sequence[_Item],
    lanes: list[str],
    colors: dict[str, str],
    window: tuple[dt.date, dt.date],
    options: PlotOptions,
) -> None:

    lo, hi = window
    ax.set_xlim(_num(lo), _num(hi))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    for lane_index in range(len(lanes)):
        ax.axhline(lane_index, color="#eeeeee", linewidth=8, zorder=0)
    for item in items:
        if item.end < lo or item.start > hi:
            continue
        y = lanes.index(item.lane)
        color = colors[item.lane]
        size = 6 + 3 * min(item.node.documents, 4)
        if item.point:
            ax.plot(
                _num(item.start),
                y,
                "o",
                color=color,
                markersize=size,
                zorder=3,
                gid=f"marker:{item.node.id}",
            )
            continue
        left, right = _num(item.start), _num(item.end + _DAY)
        if item.open_start or item.open_end:
            _fading_bar(ax, left, right, y, color, item)
        else:
            ax.barh(
                y,
                right - left,
                left=left,
                height=0.28,
                color=color,
                alpha=0.45,
                edgecolor=color,
                linewidth=1.2,
                zorder=2,
                gid=f"bar:{item.node.id}",
            )
            ax.plot(
                (left + right) / 2,
                y,
                "|",
                color=color,
                markersize=size + 4,
                zorder=3,
                gid=f"marker:{item.node.id}",
            )


def _fading_bar(ax: Axes, left: float, right: float, y: float, color: str, item: _Item) -> None:
    steps = 12
    width = (right - left) / steps
    for k in range(steps):
        towards_open = (steps - k) / steps if item.open_end else (k + 1) / steps
        ax.barh(
            y,
            width,
            left=left + k * width,
            height=0.28,
            color=color,
            alpha=0.5 * towards_open,
            linewidth=0,
            zorder=2,
            gid=f"bar:{item.node.id}" if k == 0 else None,
        )
    known = left if item.open_end else right
    ax.plot(
        known,
        y,
        ">" if item.open_end else "<",
        color=color,
        markersize=8,
        zorder=3,
        gid=f"marker:{item.node.id}",
    )


def _source_ticks(ax: Axes, graph: EventGraph, window: tuple[dt.date, dt.date]) -> None:

    for day in sorted({d for d in graph.sources.values() if d is not None}):
        if window[0] <= day <= window[1]:
            ax.axvline(
                _num(day),
                ymin=0,
                ymax=0.05,
                color="#999999",
                linewidth=1.5,
                alpha=0.7,
                gid="source-date",
            )


def _broken_axis_marks(axs: Sequence[Axes]) -> None:
    if len(axs) < 2:
        return
    for left, right in itertools.pairwise(axs):
        left.spines["right"].set_visible(False)
        right.spines["left"].set_visible(False)
        right.tick_params(left=False)
        kwargs: dict[str, Any] = {"color": "#555555", "clip_on": False, "linewidth": 1}
        for ax, x in ((left, 1.0), (right, 0.0)):
            for y in (0.0, 1.0):
                ax.plot(
                    [x - 0.01, x + 0.01],
                    [y - 0.02, y + 0.02],
                    transform=ax.transAxes,
                    gid="break",
                    **kwargs,
                )


def _legend(fig: Figure, ax: Axes) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Line2D([], [], marker="o", linestyle="", color="#444444", label=ar.LEGEND["day"]),
        Patch(facecolor="#444444", alpha=0.45, label=ar.LEGEND["span"]),
        Line2D([], [], marker=">", linestyle="", color="#444444", label=ar.LEGEND["start"]),
        Line2D([], [], color="#999999", linewidth=1.5, label=ar.LEGEND["published"]),
    ]
    legend = fig.legend(handles=handles, loc="lower center", ncol=4, frameon=False)
    for text in legend.get_texts():
        text.set_language("ar")


def _place_labels(
    fig: Figure,
    axs: Sequence[Axes],
    items: Sequence[_Item],
    lanes: list[str],
    panels: Sequence[tuple[dt.date, dt.date]],
    options: PlotOptions,
) -> None:
    """Put each label near its event, stepping away until it overlaps no other."""

    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    placed: list[Any] = []
    offsets = (0.3, -0.3, 0.45, -0.45, 0.6, -0.6, 0.75, -0.75, 0.9, -0.9)
    for item in items:
        middle = item.start + (item.end - item.start) / 2
        panel = next((k for k, (lo, hi) in enumerate(panels) if lo <= middle <= hi), None)
        if panel is None:
            continue
        ax = axs[panel]
        x = _num(middle)
        y = lanes.index(item.lane)
        lo, hi = (_num(d) for d in panels[panel])
        where = (x - lo) / max(hi - lo, 1e-9)
        align = "right" if where > 0.85 else "left" if where < 0.15 else "center"
        text = None
        tries = [(_label(item.node, options), dy) for dy in offsets]
        tries += [(item.node.mentions[0].trigger, dy) for dy in offsets]
        fits = False
        for label, dy in tries:
            if text is not None:
                text.remove()
            text = ax.annotate(
                label,
                xy=(x, y),
                xytext=(x, y + dy),
                ha=align,
                va="center",
                fontsize=8.5,
                language="ar",
                arrowprops={"arrowstyle": "-", "color": "#888888", "linewidth": 0.6},
                bbox={
                    "boxstyle": "round,pad=0.2",
                    "facecolor": "white",
                    "edgecolor": "none",
                    "alpha": 0.85,
                },
                zorder=5,
                gid=f"label:{item.node.id}",
                annotation_clip=False,
            )
            box = text.get_window_extent(renderer)
            if not any(box.overlaps(other) for other in placed):
                fits = True
                break
        assert text is not None
        if not fits:  # no free place near the event: the marker stays, the label goes
            text.remove()
            continue
        placed.append(text.get_window_extent(renderer))


def render(
    source: EventGraph | Document | Iterable[Document],
    path: str | Path,
    **options: Any,
) -> Path:
    """Draw a timeline PNG of an event graph (or of documents).

    Args:
        source: An :class:`~timeline.graph.EventGraph`, one document, or several
            documents (their graph is built).
        path: Where to write the PNG.
        **options: Fields of :class:`PlotOptions` (``title``, ``lanes``,
            ``months``, ``statements``, ``types``, ``broken_axis``, ``width``,
            ``dpi`` …).

    Returns:
        The path written.

    Raises:
        InvalidSettingError: An unknown option or option value.

    Examples:
        >>> import timeline, tempfile, pathlib
        >>> doc = timeline.extract("زار الرئيس الروسي بيونغ يانغ في يونيو 2024.", doc_id="a")
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "t.png"
        >>> timeline.render(doc, out, title="زيارة") == out and out.stat().st_size > 0
        True
    """
    import matplotlib.pyplot as plt

    fields = {f.name for f in attrs.fields(PlotOptions)}
    unknown = sorted(set(options) - fields)
    if unknown:
        raise InvalidSettingError(f"unknown render option(s): {', '.join(unknown)}")
    if "types" in options and options["types"] is not None:
        options["types"] = tuple(options["types"])
    settings = PlotOptions(**options)
    fig = figure(source, settings)
    out = Path(path)
    try:
        fig.savefig(out, dpi=settings.dpi)
    finally:
        plt.close(fig)
    return out
