"""The library's exceptions.

Every exception raised on purpose by ``timeline`` derives from
:class:`TimelineError`, and each subclass also derives from the builtin that fits
the mistake, so callers can catch either.
"""

from __future__ import annotations

__all__ = [
    "CorpusError",
    "InvalidDocumentDateError",
    "InvalidSettingError",
    "InvalidTextError",
    "RuleDefinitionError",
    "TimelineError",
]


class TimelineError(Exception):
    """Base class of every error raised by ``timeline``."""


class InvalidDocumentDateError(TimelineError, ValueError):
    """A publication date that is not a date, a datetime or an ISO date string."""


class InvalidSettingError(TimelineError, ValueError):
    """An unknown option value, such as ``prefer="sometimes"``."""


class InvalidTextError(TimelineError, TypeError):
    """Text that is not a ``str``."""


class CorpusError(TimelineError, OSError):
    """A corpus folder or manifest that cannot be read (the path is named)."""


class RuleDefinitionError(TimelineError):
    """A rule or lexicon entry that is malformed (raised at import time)."""
