"""The public API is what ``newskit/__init__.py`` exports, kept complete and sorted."""

from __future__ import annotations

import inspect

import newskit


def test_all_is_sorted() -> None:
    assert newskit.__all__ == sorted(newskit.__all__)


def test_all_is_complete() -> None:
    public = {name for name in vars(newskit) if not name.startswith("_") and not inspect.ismodule(vars(newskit)[name])}
    public -= {"annotations"}
    assert public == set(newskit.__all__) - {"__version__"}


def test_version_matches_metadata() -> None:
    import importlib.metadata

    assert newskit.__version__ == importlib.metadata.version("newskit")
