"""Start-up as the app does it (`reader --db FILE`), in a fresh process: the first screen
is read without SQLAlchemy (its import alone would take most of the start-up budget), and
an edit made before SQLAlchemy has loaded in the background is still committed."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from reader.services.annotation_files import open_annotation_file
from tests.conftest import REPO

SCRIPT = """
import json, linecache, sys
import qtawesome
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from reader import paths
from reader.cli import build_parser
from reader.ui.app import open_window

args = build_parser().parse_args(sys.argv[1:])
paths.init(args.data_dir, args.config_dir)
window = open_window(args)
app = QApplication.instance()
app.processEvents()
seen = {
    "sqlalchemy_at_first_screen": "sqlalchemy" in sys.modules,
    "overview_at_first_screen": "reader.ui.overview" in sys.modules,  # built when opened
    "review_at_first_screen": "reader.core.review" in sys.modules,  # built when asked for
    "articles": window.documents.model.rowCount(),
    "headline": window.reading.document.title,
    "highlights": window.reading.annotations.rowCount(),
    "labels": [label.name for label in window.session.labels],
    # qtawesome's own instance holds all twelve fonts it ships: never made
    "all_icon_fonts": qtawesome._resource["iconic"] is not None,
}
# Tag the article's first word at once, whether or not SQLAlchemy has loaded yet.
cursor = window.article.textCursor()
cursor.movePosition(QTextCursor.MoveOperation.Start)
cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
window.article.setTextCursor(cursor)
window.editor.tag("PLACE")
seen["saved"] = window.save_status.text()
if window.session.preloading is not None:
    window.session.preloading.join()
seen["sources_kept"] = sorted(name for name in linecache.cache if name.endswith(".py"))
seen["postgresql_dialect"] = "sqlalchemy.dialects.postgresql" in sys.modules
seen["numpy"] = "numpy" in sys.modules  # for imports and agreement: loaded when they run
window.close()
print(json.dumps(seen))
"""


def test_first_screen_needs_no_sqlalchemy_and_an_early_edit_is_saved(tmp_path: Path) -> None:
    db = tmp_path / "mine.qari.sqlite"
    open_annotation_file(db, seed_corpus=True).close()
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--db", str(db), "--annotator", "Layla",
         "--data-dir", str(tmp_path / "data"), "--config-dir", str(tmp_path / "config")],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])

    assert seen["sqlalchemy_at_first_screen"] is False
    assert seen["overview_at_first_screen"] is False
    assert seen["review_at_first_screen"] is False
    assert seen["all_icon_fonts"] is False  # only the one our icons are drawn from
    assert seen["articles"] == 2 and seen["headline"]
    assert seen["labels"] == ["ACTOR", "PLACE", "CLAIM", "CUE"]
    assert seen["highlights"] == 0
    assert "saved" in seen["saved"]
    # PySide6 read every module's source (SQLAlchemy's too) as it loaded; none is kept.
    assert seen["sources_kept"] == []
    assert seen["postgresql_dialect"] is False  # a file needs none of the server's code
    assert seen["numpy"] is False  # only an import or a measure of agreement needs it
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT l.name, a.start FROM annotation a JOIN label l ON l.id = a.label_id"
    ).fetchall()
    con.close()
    assert rows == [("PLACE", 0)]
