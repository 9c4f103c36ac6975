"""Start the app: `python main.py [--db FILE]`. Everything else lives in the reader package."""

from __future__ import annotations

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
