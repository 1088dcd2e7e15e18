"""Where tests find the repository and their data files, whatever folder they sit in."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
