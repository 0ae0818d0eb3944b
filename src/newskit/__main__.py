"""``python -m newskit``."""

from newskit.cli import main

raise SystemExit(main())
