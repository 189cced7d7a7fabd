"""``python -m flows.plan``: prints the follow-up plan for a situation. The tool itself, its flags
and its output are in ``flows.plan_cli``."""

import sys

from flows.plan_cli import main

__all__ = ["main"]

if __name__ == "__main__":
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    sys.exit(main())
