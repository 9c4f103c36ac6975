"""`python -m reader` runs the same entry point as the `reader` console script."""

from __future__ import annotations

import sys

from reader.cli import main

sys.exit(main())
