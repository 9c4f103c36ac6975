"""Run in a fresh process by the benchmark: start a window, print "ready <rss KiB>" once
it is shown and idle, and exit. `app DB BIG_ID` starts Qari on DB, prints "writable" once
what edits need has loaded too, and opens the 1 MB article; `bare` starts a bare PySide6
window with the same font, Arabic shown in it, and four toolbar icons of the same icon
font."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


ARABIC = "قال المتحدث باسم التحالف الدولي إن القوات دخلت البوكمال ودير الزور.\n" * 40


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def bare() -> None:
    """The same font (the four Amiri faces, registered with Qt's own call, and Arabic
    shaped in it) and the same icon font, and nothing of ours."""
    import fontpkg_amiri
    import qtawesome as qta
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

    app = QApplication([])
    for face in sorted((fontpkg_amiri.ROOT / "files").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(face))
    window = QMainWindow()
    tools = window.addToolBar("Main")
    for name in ("mdi6.folder-open-outline", "mdi6.file-import-outline",
                 "mdi6.file-export-outline", "mdi6.undo"):  # fmt: skip
        tools.addAction(qta.icon(name), name)
    text = QPlainTextEdit(ARABIC)
    text.setFont(QFont("Amiri", 16))
    window.setCentralWidget(text)
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    print(f"ready {rss_kib()}", flush=True)


def app(db: Path, big_id: int) -> None:
    from PySide6.QtWidgets import QApplication

    from reader import paths
    from reader.cli import build_parser
    from reader.ui.app import open_window

    # The app's own start (as `reader --db DB`), with a fresh config each run: no
    # remembered article, window state or preferences.
    config = tempfile.mkdtemp(prefix="qari-bench-config-")
    args = build_parser().parse_args(["--db", str(db), "--annotator", "bench", "--data-dir",
                                      str(db.parent / "data"), "--config-dir", config])  # fmt: skip
    paths.init(args.data_dir, args.config_dir)
    window = open_window(args)
    assert window is not None
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    application.processEvents()
    print(f"ready {rss_kib()}", flush=True)
    # The window was read without SQLAlchemy, which now loads in the background; the
    # first edit needs it.
    while window.session.preloading is None:
        application.processEvents()
    window.session.preloading.join()
    print(f"writable {rss_kib()}", flush=True)
    if big_id:
        window.show_document(big_id)
        application.processEvents()
        print(f"big {rss_kib()}", flush=True)
    window.close()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app(Path(sys.argv[2]), int(sys.argv[3]))
