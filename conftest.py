"""Shared fixtures for the tests and the doctests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _doctest_cwd(doctest_namespace: dict[str, object]) -> None:
    import timeline

    doctest_namespace["timeline"] = timeline
    os.chdir(ROOT)
