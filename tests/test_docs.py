"""Meta-tests that keep the plugin surface honest: every hook documented and tested."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newskit import hookspecs

ROOT = Path(__file__).resolve().parent.parent
HOOKS = sorted(name for name, value in vars(hookspecs).items() if callable(value) and hasattr(value, "newskit_spec"))


def test_there_are_hooks() -> None:
    assert "register_exporters" in HOOKS and "enrich_digest" in HOOKS


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_docstring(hook: str) -> None:
    doc = getattr(hookspecs, hook).__doc__ or ""
    assert "Called" in doc and ":return:" in doc


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_in_the_hook_reference(hook: str) -> None:
    assert f"## `{hook}(" in (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_exercised_by_a_test(hook: str) -> None:
    tests = [p for p in (ROOT / "tests").glob("test_*.py") if p.name != "test_docs.py"]
    assert any(f"def {hook}(" in p.read_text(encoding="utf-8") for p in tests)


def test_every_public_name_is_in_the_api_reference() -> None:
    import newskit

    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    missing = [name for name in newskit.__all__ if f"`{name}" not in api]
    assert not missing, f"docs/api.md does not mention {missing}"


PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md"), *(ROOT / "plugins").glob("*/README.md")])
_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_point_at_files_that_exist(page: Path) -> None:
    targets = [t for t in _LINK.findall(page.read_text(encoding="utf-8")) if "://" not in t]
    broken = [t for t in targets if not (page.parent / t).exists()]
    assert not broken, f"{page.relative_to(ROOT)} links to missing {broken}"
