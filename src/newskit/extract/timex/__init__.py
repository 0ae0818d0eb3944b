"""The time tagger behind the ``times`` enricher: rules, calendar arithmetic and normalisation."""

from __future__ import annotations

from newskit.extract.timex.tagger import find_times

__all__ = ["find_times"]
