"""Shared fixtures: the seed digest and plugin managers."""

from __future__ import annotations

from pathlib import Path

import pluggy
import pytest

import newskit

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "afghanistan-digest-2025-01.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_digest(seed_text: str) -> newskit.Digest:
    return newskit.parse(seed_text, published="2025-01-09", document="seed")


@pytest.fixture
def builtin_pm() -> pluggy.PluginManager:
    """A manager with only newskit's own plugins (no third-party ones)."""
    return newskit.get_plugin_manager(entry_points=False)
