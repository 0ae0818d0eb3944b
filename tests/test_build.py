"""The compiled build's module list (pyproject.toml) keeps up with the readers."""

from __future__ import annotations

import tomllib
from pathlib import Path

from newskit.host import BUILTIN_PLUGINS

ROOT = Path(__file__).resolve().parents[1]
#: Readers' modules that stay interpreted, each for the reason pyproject.toml gives.
INTERPRETED = {
    "src/newskit/extract/timex/calendar.py",  # its Unit is compared with ==, an attrs __eq__
}


def test_every_reader_module_is_compiled() -> None:
    """A module added to text/ or extract/ runs interpreted under the compiled readers unless it is
    listed; plugin modules (hookimpls) and package markers stay out on purpose."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    compiled = set(config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]["include"])
    plugins = {"src/" + module.replace(".", "/") + ".py" for module in BUILTIN_PLUGINS.values()}
    readers = {
        path.relative_to(ROOT).as_posix()
        for folder in ("text", "extract")
        for path in (ROOT / "src/newskit" / folder).rglob("*.py")
        if path.name != "__init__.py"
    }
    assert readers - plugins - INTERPRETED - compiled == set()
    assert compiled <= readers | {"src/newskit/resolve.py"}
