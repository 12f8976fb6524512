"""Sphinx configuration for the ``timeline`` documentation.

Build (from the repository root)::

    sphinx-build -W -b doctest docs docs/_build/doctest
    sphinx-build -W -b html docs docs/_build/html
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import timeline  # noqa: E402

project = "timeline"
author = "timeline developers"
copyright = "timeline developers"
release = timeline.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

root_doc = "index"
exclude_patterns = ["_build"]
templates_path: list[str] = []
language = "en"

# -- autodoc / napoleon -----------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- doctest ----------------------------------------------------------------------
# Every sample runs from the repository root, so ``seeds/...`` and
# ``examples/...`` are relative paths, as in the README.
doctest_global_setup = f"""
import os as _os
_doctest_cwd = _os.getcwd()
_os.chdir({str(ROOT)!r})
import timeline
"""
doctest_global_cleanup = """
_os.chdir(_doctest_cwd)
"""
# Only the ``.. doctest::``/``.. testcode::`` blocks of these pages run here. The
# ``>>>`` examples inside the package's docstrings use their module's globals and
# are run by pytest (``--doctest-modules``), not by this builder.
doctest_test_doctest_blocks = ""

# -- HTML -------------------------------------------------------------------------
html_theme = "furo"
html_title = f"timeline {release}"
html_static_path = ["_static"]
# Isolate Arabic runs so that the code and numbers around them keep their order.
html_js_files = ["bidi.js"]
html_show_sourcelink = False


# -- short cross-references ---------------------------------------------------------
# Docstrings in the package say :class:`PlotOptions` or :class:`EventGraph` from
# inside their own module; the public names live under ``timeline``. Resolve a
# Python reference that finds nothing by the one documented object whose dotted
# name ends with it.
def _resolve_short_name(app, env, node, contnode):  # type: ignore[no-untyped-def]
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    if not target:
        return None
    domain = env.get_domain("py")
    suffix = "." + target.rsplit(".", 1)[-1] if "." in target else "." + target
    matches = [
        name
        for name, *_rest in domain.get_objects()
        if name.endswith(suffix) and (name.endswith("." + target) or "." not in target)
    ]
    if len(matches) != 1:
        return None
    from sphinx.util.nodes import make_refnode

    name = matches[0]
    obj = domain.objects[name]
    return make_refnode(app.builder, node["refdoc"], obj.docname, obj.node_id, contnode, name)


def setup(app):  # type: ignore[no-untyped-def]
    app.connect("missing-reference", _resolve_short_name)
