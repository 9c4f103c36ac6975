"""core, storage, formats and the CLI must import without Qt (DESIGN.md, layers)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_headless_layers_do_not_import_qt() -> None:
    code = (
        "import sys, reader.core.text, reader.core.segments, reader.core.span_index, "
        "reader.core.articles, reader.storage.repository, reader.storage.importer, "
        "reader.formats.csv_format, reader.services.annotation_files, reader.cli, reader.settings, "
        "reader.paths\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'qtawesome')))\n"
        "assert not bad, bad"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
