"""An interactive HTML timeline: one self-contained file, right-to-left.

The page carries its data as JSON and a few lines of JavaScript that draw it; it
loads nothing from the network. Each event is a card on a vertical time line,
with its date (or interval), type, participants and the number of sources; a
click opens the list of mentions (document and trigger).
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from timeline.graph import EventGraph
from timeline.lang.ar import display as ar

__all__ = ["to_html"]


_PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: "Noto Naskh Arabic", "Amiri", "DejaVu Sans", sans-serif; margin: 2rem;
       background: #fafafa; color: #222; }}
h1 {{ font-size: 1.6rem; }}
#timeline {{ list-style: none; padding: 0; margin: 0; border-right: 3px solid #999;
            padding-right: 1.5rem; }}
.event {{ position: relative; background: #fff; border-radius: 6px; margin: 0 0 1rem 0;
          padding: .6rem .9rem; box-shadow: 0 1px 3px rgba(0,0,0,.15); cursor: pointer; }}
.event::before {{ content: ""; position: absolute; right: -2.05rem; top: .9rem; width: .9rem;
                  height: .9rem; border-radius: 50%; background: var(--c); }}
.event .when {{ font-weight: bold; color: var(--c); }}
.event .type {{ font-size: .85rem; color: #666; margin-inline-start: .5rem; }}
.event .who {{ font-size: .9rem; color: #444; }}
.event .sources {{ font-size: .8rem; color: #888; }}
.event .mentions {{ display: none; font-size: .85rem; margin-top: .4rem; }}
.event.open .mentions {{ display: block; }}
</style>
</head>
<body>
<h1>{title}</h1>
<ol id="timeline"></ol>
<script id="data" type="application/json">{data}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("data").textContent);
  var list = document.getElementById("timeline");
  function part(tag, cls, text) {{
    var node = document.createElement(tag);
    node.className = cls;
    node.textContent = text;
    return node;
  }}
  data.events.forEach(function (e) {{
    var li = document.createElement("li");
    li.className = "event";
    li.dataset.id = e.id;
    li.style.setProperty("--c", e.color);
    var when = part("span", "when", e.when);
    var type = part("span", "type", e.type);
    var label = part("div", "label", e.label);
    var who = part("div", "who", e.participants);
    var sources = part("div", "sources", e.sources);
    var mentions = document.createElement("ul");
    mentions.className = "mentions";
    e.mentions.forEach(function (m) {{
      var item = document.createElement("li");
      item.textContent = m;
      mentions.appendChild(item);
    }});
    [when, type, label, who, sources, mentions].forEach(function (n) {{ li.appendChild(n); }});
    li.addEventListener("click", function () {{ li.classList.toggle("open"); }});
    list.appendChild(li);
  }});
  document.body.dataset.rendered = String(data.events.length);
}})();
</script>
</body>
</html>
"""

_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2")


def _when(earliest: str | None, latest: str | None) -> str:
    if earliest and latest:
        return earliest if earliest == latest else f"{earliest} – {latest}"
    if earliest:
        return f"{ar.AFTER} {earliest}"
    if latest:
        return f"{ar.BEFORE} {latest}"
    return ar.UNKNOWN


def to_html(graph: EventGraph, path: str | Path, *, title: str | None = None) -> Path:
    """Write ``graph`` as a self-contained, right-to-left HTML timeline.

    Args:
        graph: The event graph.
        path: Where to write the page.
        title: The page's heading (by default "الخط الزمني", the timeline).

    Returns:
        The path written.
    """
    kinds = sorted({n.type for n in graph.nodes.values()})
    color = {k: _COLORS[i % len(_COLORS)] for i, k in enumerate(kinds)}
    events: list[dict[str, Any]] = []
    for node in graph.ordered():
        data = node.to_dict()
        events.append(
            {
                "id": node.id,
                "when": _when(data["earliest"], data["latest"]),
                "type": ar.TYPE_NAMES.get(node.type, node.type),
                "label": node.label,
                "participants": ar.LIST_SEPARATOR.join(node.participants),
                "sources": f"{node.documents} "
                + (ar.ONE_SOURCE if node.documents == 1 else ar.SOURCES),
                "mentions": [f"{m.doc}: {m.trigger}" for m in node.mentions],
                "color": color[node.type],
            }
        )
    payload = json.dumps({"events": events}, ensure_ascii=False).replace("</", "<\\/")
    page = _PAGE.format(title=html.escape(title or ar.TITLE), data=payload)
    out = Path(path)
    out.write_text(page, encoding="utf-8")
    return out
