"""Every QAction of the window, declared once: text, icon, shortcuts, tip. Menus, the
toolbar, the label bar, the Review pane and context menus reuse these objects, and Help ▸
Keyboard Shortcuts is written from this registry (`shortcut_rows`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.core.labels import LabelDef
from reader.ui import icons

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    icon: str | None = None
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", "&New Annotation File…", "file.new", (Key.New,),
               "Create an empty annotation file and switch to it"),
    ActionSpec("file.open", "&Open Annotation File…", "file.open", (Key.Open,),
               "Open another annotation file"),
    ActionSpec("file.save_copy", "Save a &Copy As…", "file.save_copy", (Key.SaveAs,),
               "Write everything in this annotation file to a new file (works even if the "
               "file was moved or deleted while open)"),
    ActionSpec("file.restore", "&Restore From Backup…", "file.restore", (),
               "Put back this file as it was at one of its backups (one is kept each time "
               "the file is opened after a change; the newest seven are kept)"),
    ActionSpec("file.import", "&Import…", "file.import", ("Ctrl+I",),
               "Add articles (.txt, JSONL) or annotations from brat, doccano, Label Studio, "
               "CoNLL/IOB or another Qari file"),
    ActionSpec("file.import_folder", "Import &Folder…", "file.import", ("Ctrl+Shift+I",),
               "Add every .txt and .jsonl article in a folder, or a brat folder's annotations"),
    ActionSpec("file.export", "&Export…", "file.export", ("Ctrl+Shift+E",),
               "Write the annotations as CSV, Qari JSONL (a full backup), brat, doccano, "
               "Label Studio or CoNLL"),
    ActionSpec("file.review", "&Review Annotation File…", "review", ("Ctrl+Shift+R",),
               "Open a colleague's annotation file or CSV export beside yours: compare, "
               "measure agreement, reconcile"),
    ActionSpec("file.bom", "CSV With &Byte-Order Mark (for Excel)", None, (),
               "Excel needs the mark to read Arabic in a CSV as UTF-8", checkable=True),
    ActionSpec("file.annotator", "Set Annotator &Name…", "annotator", (),
               "The name recorded with every annotation you make"),
    ActionSpec("edit.preferences", "&Preferences…", "preferences", (Key.Preferences, "Ctrl+,"),
               "Annotator name, language, theme, text size, snapping and the default folder"),
    ActionSpec("file.quit", "&Quit", "file.quit", (Key.Quit, "Ctrl+Q"), "Close Qari"),
    ActionSpec("edit.find", "&Find in Article…", "find", (Key.Find,),
               "Find text in this article; أ إ آ match ا, ى matches ي, ة matches ه, "
               "harakat are ignored"),
    ActionSpec("edit.find_next", "Find &Next", None, (Key.FindNext,), "Go to the next hit"),
    ActionSpec("edit.find_previous", "Find Pre&vious", None, (Key.FindPrevious,),
               "Go to the previous hit"),
    ActionSpec("edit.search", "&Search All Articles…", "search", ("Ctrl+Shift+F",),
               "Search every article in this annotation file, Arabic spellings folded"),
    ActionSpec("annotation.tag_all", "Tag &All Occurrences…", "tag_all", ("Ctrl+Shift+T",),
               "Find the selected annotation's text elsewhere (this article or all) and tag "
               "the occurrences you choose, in one undoable step"),
    ActionSpec("annotation.delete", "&Delete Annotation", "annotation.delete", ("Delete",),
               "Delete the selected annotation (undo with Ctrl+Z)"),
    ActionSpec("annotation.note", "Edit &Note…", "annotation.note", ("F2",),
               "Add or change the note on the selected annotation"),
    ActionSpec("annotation.deselect", "Clear Selection", None, ("Escape",),
               "Deselect the annotation and the text"),
    ActionSpec("annotation.start_earlier", "Move Start One Letter Earlier", "annotation.expand",
               ("Alt+Shift+Right",), "Extend the annotation by one letter at its start"),
    ActionSpec("annotation.start_later", "Move Start One Letter Later", "annotation.shrink",
               ("Alt+Shift+Left",), "Shrink the annotation by one letter at its start"),
    ActionSpec("annotation.end_later", "Move End One Letter Later", "annotation.expand",
               ("Alt+Left",), "Extend the annotation by one letter at its end"),
    ActionSpec("annotation.end_earlier", "Move End One Letter Earlier", "annotation.shrink",
               ("Alt+Right",), "Shrink the annotation by one letter at its end"),
    ActionSpec("annotation.snap", "&Snap Selections to Whole Words", None, (),
               "Widen selections to whole words and drop spaces and punctuation around them",
               checkable=True),
    ActionSpec("review.previous", "Previous Difference", "review.previous", ("Shift+F8",),
               "Go to the previous open difference with the colleague"),
    ActionSpec("review.next", "Next Difference", "review.next", ("F8",),
               "Go to the next open difference with the colleague (shows its article)"),
    ActionSpec("review.accept", "Accept Theirs", "review.accept", ("Ctrl+Shift+A",),
               "Take the colleague's label or boundaries, add their span, or delete mine "
               "where they have none"),
    ActionSpec("review.keep", "Keep Mine", "review.keep", ("Ctrl+Shift+K",),
               "Mark the difference decided and change nothing"),
    ActionSpec("review.both", "Take Both", "review.both", ("Ctrl+Shift+B",),
               "Add the colleague's span beside mine"),
    ActionSpec("view.zoom_in", "Zoom &In", "view.zoom_in", (Key.ZoomIn, "Ctrl+="),
               "Larger article text"),
    ActionSpec("view.zoom_out", "Zoom &Out", "view.zoom_out", (Key.ZoomOut,),
               "Smaller article text"),
    ActionSpec("view.zoom_reset", "&Reset Zoom", "view.zoom_reset", ("Ctrl+0",),
               "Default article text size"),
    ActionSpec("view.refresh", "&Refresh", "view.refresh", ("F5",),
               "Read the articles and annotations again from the file: shows what another "
               "window or a colleague's import saved into it meanwhile"),
    ActionSpec("view.focus", "&Focus on the Text", "view.focus", ("F11",),
               "Hide the article list, the annotations, the toolbar and the docks; the same "
               "key brings them back", checkable=True),
    ActionSpec("view.next_document", "&Next Article", None, ("Ctrl+PgDown",),
               "Open the next article in the list"),
    ActionSpec("view.previous_document", "&Previous Article", None, ("Ctrl+PgUp",),
               "Open the previous article in the list"),
    ActionSpec("help.keys", "&Keyboard Shortcuts", "help.keys", (Key.HelpContents,),
               "List the keys that tag, edit and move around"),
    ActionSpec("help.about", "&About Qari", "help.about", (), "Version and licences"),
)  # fmt: skip

# Undo and redo come from the undo stack (`QUndoStack.createUndoAction`), which words their
# text after the edit; these give them their keys, icon and tip.
STACK_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("edit.undo", "&Undo", "edit.undo", (Key.Undo,),
               "Undo the last edit; every edit of the session can be undone, and the undo is "
               "saved like an edit"),
    ActionSpec("edit.redo", "&Redo", "edit.redo", ("Ctrl+Shift+Z", "Ctrl+Y"),
               "Redo the edit undone last"),
)  # fmt: skip

# The menus and the toolbar, by action name ("-" a separator, "labels" the label actions).
MENUS = (
    ("&File", ("file.new", "file.open", "file.save_copy", "file.restore", "-", "file.import",
               "file.import_folder", "file.export", "file.bom", "-", "file.review", "-",
               "file.annotator", "-", "file.quit")),
    ("&Edit", ("edit.undo", "edit.redo", "-", "edit.find", "edit.find_next",
               "edit.find_previous", "edit.search", "-", "edit.preferences")),
    ("&Annotate", ("labels", "-", "annotation.note", "annotation.delete", "annotation.deselect",
                   "annotation.tag_all", "bounds", "-", "annotation.snap")),
    ("Re&view", ("file.review", "-", "review.previous", "review.next", "review.accept",
                 "review.keep", "review.both")),
    ("&View", ("view.refresh", "view.focus", "-", "view.zoom_in", "view.zoom_out",
               "view.zoom_reset", "-", "view.next_document", "view.previous_document")),
    ("&Help", ("help.keys", "help.about")),
)  # fmt: skip
BOUNDS = ("annotation.start_earlier", "annotation.start_later", "annotation.end_earlier",
          "annotation.end_later")  # fmt: skip
TOOLBAR = ("file.open", "file.import", "file.export", "-", "edit.undo", "edit.redo", "-",
           "annotation.note", "annotation.delete", "-", "view.zoom_out",
           "view.zoom_in")  # fmt: skip
# Actions that change what file is open or add to it: one import at a time.
IMPORT_GUARDED = ("file.import", "file.import_folder", "file.new", "file.open")


# Digits work under an Arabic keyboard layout, but the key may arrive as an Arabic-Indic
# or Persian digit; each label shortcut answers to all three.
_DIGIT_FORMS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")


def digit_keys(digit: str) -> list[QKeySequence]:
    return [QKeySequence(form[int(digit)]) for form in _DIGIT_FORMS]


def _make(parent: QWidget, spec: ActionSpec) -> QAction:
    action = QAction(spec.text, parent)
    action.setCheckable(spec.checkable)
    _dress(action, spec)
    parent.addAction(action)  # shortcuts work even where menus are hidden
    return action


def key_sequences(keys: tuple[str | QKeySequence.StandardKey, ...]) -> list[QKeySequence]:
    """The sequences `keys` stand for on this platform: a standard key may mean several
    (or none), and one of them may be listed again literally (Quit is Ctrl+Q on Linux
    but nothing on Windows). A sequence bound twice to one action makes Qt refuse it as
    ambiguous, so each comes once."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        bound = QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        for sequence in bound:
            if not sequence.isEmpty():
                found.setdefault(sequence.toString(), sequence)
    return list(found.values())


def _dress(action: QAction, spec: ActionSpec) -> None:
    if spec.icon:
        action.setIcon(icons.icon(spec.icon))
    keys = key_sequences(spec.keys)
    if keys:
        action.setShortcuts(keys)
    native = QKeySequence.SequenceFormat.NativeText
    action.setToolTip(spec.tip + (f" ({keys[0].toString(native)})" if keys else ""))
    action.setStatusTip(spec.tip)


def adopt(parent: QWidget, action: QAction, name: str) -> QAction:
    """Give an action made elsewhere (undo, redo) its registry entry's keys and tip."""
    _dress(action, next(spec for spec in STACK_SPECS if spec.name == name))
    parent.addAction(action)
    return action


def refresh_icons(registry: dict[str, QAction]) -> None:
    """Icons drawn anew (after `icons.forget`, when the theme changed)."""
    for spec in (*SPECS, *STACK_SPECS):
        if spec.icon and spec.name in registry:
            registry[spec.name].setIcon(icons.icon(spec.icon))


def build(parent: QWidget) -> dict[str, QAction]:
    return {spec.name: _make(parent, spec) for spec in SPECS}


def label_actions(parent: QWidget, labels: list[LabelDef]) -> dict[str, QAction]:
    """One "tag as" action per label, with its digit shortcut in every digit form."""
    found: dict[str, QAction] = {}
    for label in labels:
        action = QAction(icons.label_icon(label.name, label.colour), label.name, parent)
        key = f" ({label.shortcut})" if label.shortcut else ""
        action.setToolTip(f"Tag the selection as {label.name}{key}: {label.description}")
        action.setStatusTip(label.description)
        if label.shortcut:
            action.setShortcuts(digit_keys(label.shortcut))
            action.setText(f"&{label.shortcut} {label.name}")
        parent.addAction(action)
        found[label.name] = action
    return found


def _keys_text(keys: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(dict.fromkeys(k.toString(native) for k in keys if not k.isEmpty()))


def shortcut_rows(labels: list[LabelDef]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the registry that has keys, the label
    keys first: what Help ▸ Keyboard Shortcuts lists."""
    rows = [
        (_keys_text(digit_keys(label.shortcut)), f"Tag as {label.name}: {label.description}")
        for label in labels
        if label.shortcut
    ]
    for spec in (*STACK_SPECS, *SPECS):
        keys = key_sequences(spec.keys)
        if keys:
            rows.append((_keys_text(keys), f"{spec.text.replace('&', '')}: {spec.tip}"))
    return rows
