"""Run in a fresh process by the benchmark: start a window, print "ready <rss KiB>" once
it is shown and idle, and exit. `app DB BIG_ID` starts Qari on DB and opens the 1 MB
article; `bare` starts a bare PySide6 window with the same four toolbar icons; `floor` is
that bare window and then an import of SQLAlchemy's ORM, the library the storage layer is
built on: what any start-up on this stack pays before the first query."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def bare(with_sqlalchemy: bool = False) -> None:
    import qtawesome as qta
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

    app = QApplication([])
    window = QMainWindow()
    tools = window.addToolBar("Main")
    for name in ("mdi6.folder-open-outline", "mdi6.file-import-outline",
                 "mdi6.file-export-outline", "mdi6.undo"):  # fmt: skip
        tools.addAction(qta.icon(name), name)
    window.setCentralWidget(QPlainTextEdit())
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    if with_sqlalchemy:
        import sqlalchemy.orm  # noqa: F401
    print(f"ready {rss_kib()}", flush=True)


def app(db: Path, big_id: int) -> None:
    from PySide6.QtWidgets import QApplication

    from reader import paths
    from reader.annotation_files import open_annotation_file
    from reader.settings import Settings
    from reader.ui.main_window import MainWindow

    # A fresh config each run: no remembered article, window state or preferences.
    paths.init(db.parent / "data", Path(tempfile.mkdtemp(prefix="qari-bench-config-")))
    application = QApplication([])
    window = MainWindow(open_annotation_file(db), Settings.load())
    window.show()
    application.processEvents()
    print(f"ready {rss_kib()}", flush=True)
    if big_id:
        window.show_document(big_id)
        application.processEvents()
        print(f"big {rss_kib()}", flush=True)
    window.close()


if __name__ == "__main__":
    if sys.argv[1] in ("bare", "floor"):
        bare(with_sqlalchemy=sys.argv[1] == "floor")
    else:
        app(Path(sys.argv[2]), int(sys.argv[3]))
