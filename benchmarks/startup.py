"""Run in a fresh process by the benchmark: start a window, print "ready <rss KiB>" once
it is shown and idle, "big <rss KiB>" once the 1 MB article is shown, and exit.
`app DB BIG_ID` starts Qari on DB (and prints "writable" once what edits need has loaded
too); `bare DB BIG_ID` does the same work with bare PySide6 and sqlite3: the same font,
the same icon font, the articles' titles in a list beside the first article, then the
1 MB article with its highlights."""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

COLOURS = {1: "#f6c28b", 2: "#9fd3c7", 3: "#c3b1e1", 4: "#e6e6a8"}  # by label id


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def bare(db: Path, big_id: int) -> None:
    import fontpkg_amiri
    import qtawesome
    from PySide6.QtCore import QStringListModel, Qt
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QPlainTextEdit, QSplitter
    from qtawesome.iconic_font import IconicFont


    app = QApplication([])
    for face in sorted((fontpkg_amiri.ROOT / "files").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(face))
    fonts = Path(qtawesome.__file__).parent / "fonts"  # the one icon font, as the app
    ttf = next(fonts.glob("materialdesignicons6-webfont-[0-9]*.ttf"))
    icons = IconicFont(("mdi6", ttf.name, next(fonts.glob("materialdesignicons6-*.json")).name))
    window = QMainWindow()
    tools = window.addToolBar("Main")
    for name in ("mdi6.folder-open-outline", "mdi6.file-import-outline",
                 "mdi6.file-export-outline", "mdi6.undo"):  # fmt: skip
        tools.addAction(icons.icon(name), name)
    con = sqlite3.connect(db)
    titles = QStringListModel([title for (title,) in con.execute("SELECT title FROM document")])
    listed = QListView()
    listed.setUniformItemSizes(True)  # one height for all: Qt measures none of the 10,000
    listed.setModel(titles)
    (first,) = con.execute("SELECT text FROM document ORDER BY id LIMIT 1").fetchone()
    text = QPlainTextEdit(first)
    text.setReadOnly(True)
    text.setFont(QFont("Amiri", 16))
    text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    split = QSplitter()
    split.addWidget(listed)
    split.addWidget(text)
    window.setCentralWidget(split)
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    print(f"ready {rss_kib()}", flush=True)
    from benchmarks.bare import paragraph_ranges  # after "ready": not the bare start's cost

    (big,) = con.execute("SELECT text FROM document WHERE id = ?", (big_id,)).fetchone()
    spans = con.execute('SELECT start, "end", label_id FROM annotation WHERE document_id = ?',
                        (big_id,))  # fmt: skip
    text.setPlainText(big)
    highlight(text.document(), paragraph_ranges(big, spans), COLOURS)
    app.processEvents()
    print(f"big {rss_kib()}", flush=True)


def highlight(document, ranges, colours: dict[int, str]) -> None:  # type: ignore[no-untyped-def]
    """Qt's own way to colour ranges of a laid-out text, as a QSyntaxHighlighter does:
    each paragraph's formats set on its layout, and the text laid out again."""
    from PySide6.QtGui import QColor, QTextCharFormat, QTextLayout

    formats = {}
    for label, colour in colours.items():
        formats[label] = QTextCharFormat()
        formats[label].setBackground(QColor(colour))
    block = document.begin()
    for paragraph in ranges:
        found = []
        for start, length, label in paragraph:
            found.append(QTextLayout.FormatRange())
            found[-1].start, found[-1].length, found[-1].format = start, length, formats[label]
        block.layout().setFormats(found)
        block = block.next()
    document.markContentsDirty(0, document.characterCount())


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
    window.show_document(big_id)
    application.processEvents()
    print(f"big {rss_kib()}", flush=True)
    window.close()


if __name__ == "__main__":
    (bare if sys.argv[1] == "bare" else app)(Path(sys.argv[2]), int(sys.argv[3]))
