"""Every QAction of the window, declared once: text, icon, shortcuts, tip. Menus, the
toolbar, the label bar, the Review pane and context menus reuse these objects, and Help ▸
Keyboard Shortcuts is written from this registry (`shortcut_rows`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from reader.core.labels import LabelDef
from reader.core.links import LinkTypeDef
from reader.ui import icons
from reader.ui.i18n import QT_TR_NOOP, tr

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
    ActionSpec("file.new", QT_TR_NOOP("&New Annotation File…"), "file.new", (Key.New,),
               QT_TR_NOOP("Create an empty annotation file and switch to it")),
    ActionSpec("file.open", QT_TR_NOOP("&Open Annotation File…"), "file.open", (Key.Open,),
               QT_TR_NOOP("Open another annotation file")),
    ActionSpec("file.open_team", QT_TR_NOOP("Open &Team Database…"), "file.open_team", (),
               QT_TR_NOOP("Open the team's shared annotation database on a PostgreSQL server "
                          "(host, database, user; the password is asked for, never saved)")),
    ActionSpec("file.save_copy", QT_TR_NOOP("Save a &Copy As…"), "file.save_copy", (Key.SaveAs,),
               QT_TR_NOOP("Write everything in this annotation file to a new file (works even if "
                          "the file was moved or deleted while open)")),
    ActionSpec("file.restore", QT_TR_NOOP("&Restore From Backup…"), "file.restore", (),
               QT_TR_NOOP("Put back this file as it was at one of its backups (one is kept each "
                          "time the file is opened after a change; the newest seven are kept)")),
    ActionSpec("file.import", QT_TR_NOOP("&Import…"), "file.import", ("Ctrl+I",),
               QT_TR_NOOP("Add articles (.txt, JSONL) or annotations from brat, doccano, Label "
                          "Studio, CoNLL/IOB or another Qari file")),
    ActionSpec("file.import_folder", QT_TR_NOOP("Import &Folder…"),
               "file.import", ("Ctrl+Shift+I",),
               QT_TR_NOOP("Add every .txt and .jsonl article in a folder, or a brat folder's "
                          "annotations")),
    ActionSpec("file.export", QT_TR_NOOP("&Export…"), "file.export", ("Ctrl+Shift+E",),
               QT_TR_NOOP("Write the annotations as CSV, Qari JSONL (a full backup), brat, "
                          "doccano, Label Studio or CoNLL")),
    ActionSpec("file.review_team", QT_TR_NOOP("Review a &Colleague on the Team Database…"),
               "review", (), QT_TR_NOOP("Compare a colleague's spans in the team database with "
                                        "yours, and accept, keep or take both")),
    ActionSpec("file.review", QT_TR_NOOP("&Review Annotation File…"), "review", ("Ctrl+Shift+R",),
               QT_TR_NOOP("Open a colleague's annotation file or CSV export beside yours: "
                          "compare, measure agreement, reconcile")),
    ActionSpec("file.bom", QT_TR_NOOP("CSV With &Byte-Order Mark (for Excel)"), None, (),
               QT_TR_NOOP("Excel needs the mark to read Arabic in a CSV as UTF-8"), checkable=True),
    ActionSpec("file.annotator", QT_TR_NOOP("Set Annotator &Name…"), "annotator", (),
               QT_TR_NOOP("The name recorded with every annotation you make")),
    ActionSpec("edit.preferences", QT_TR_NOOP("&Preferences…"),
               "preferences", (Key.Preferences, "Ctrl+,"),
               QT_TR_NOOP("Annotator name, language, theme, text size, snapping and the default "
                          "folder")),
    ActionSpec("file.quit", QT_TR_NOOP("&Quit"), "file.quit", (Key.Quit, "Ctrl+Q"),
               QT_TR_NOOP("Close Qari")),
    ActionSpec("edit.find", QT_TR_NOOP("&Find in Article…"), "find", (Key.Find,),
               QT_TR_NOOP("Find text in this article; أ إ آ match ا, ى matches ي, ة matches ه, "
                          "harakat are ignored")),
    ActionSpec("edit.find_next", QT_TR_NOOP("Find &Next"), None, (Key.FindNext,),
               QT_TR_NOOP("Go to the next hit")),
    ActionSpec("edit.find_previous", QT_TR_NOOP("Find Pre&vious"), None, (Key.FindPrevious,),
               QT_TR_NOOP("Go to the previous hit")),
    ActionSpec("edit.search", QT_TR_NOOP("&Search All Articles…"), "search", ("Ctrl+Shift+F",),
               QT_TR_NOOP("Search every article in this annotation file, Arabic spellings folded")),
    ActionSpec("annotation.tag_all", QT_TR_NOOP("Tag &All Occurrences…"),
               "tag_all", ("Ctrl+Shift+T",),
               QT_TR_NOOP("Find the selected annotation's text elsewhere (this article or all) "
                          "and tag the occurrences you choose, in one undoable step")),
    ActionSpec("annotation.delete", QT_TR_NOOP("&Delete Annotation"),
               "annotation.delete", ("Delete",),
               QT_TR_NOOP("Delete the selected annotation (undo with Ctrl+Z)")),
    ActionSpec("annotation.note", QT_TR_NOOP("Edit &Note…"), "annotation.note", ("F2",),
               QT_TR_NOOP("Add or change the note on the selected annotation")),
    ActionSpec("annotation.deselect", QT_TR_NOOP("Clear Selection"), None, ("Escape",),
               QT_TR_NOOP("Deselect the annotation and the text")),
    ActionSpec("annotation.start_earlier", QT_TR_NOOP("Move Start One Letter Earlier"),
               "annotation.expand", ("Alt+Shift+Right",),
               QT_TR_NOOP("Extend the annotation by one letter at its start")),
    ActionSpec("annotation.start_later", QT_TR_NOOP("Move Start One Letter Later"),
               "annotation.shrink", ("Alt+Shift+Left",),
               QT_TR_NOOP("Shrink the annotation by one letter at its start")),
    ActionSpec("annotation.end_later", QT_TR_NOOP("Move End One Letter Later"),
               "annotation.expand", ("Alt+Left",),
               QT_TR_NOOP("Extend the annotation by one letter at its end")),
    ActionSpec("annotation.end_earlier", QT_TR_NOOP("Move End One Letter Earlier"),
               "annotation.shrink", ("Alt+Right",),
               QT_TR_NOOP("Shrink the annotation by one letter at its end")),
    ActionSpec("annotation.snap", QT_TR_NOOP("&Snap Selections to Whole Words"), None, (),
               QT_TR_NOOP("Widen selections to whole words and drop spaces and punctuation "
                          "around them"), checkable=True),
    ActionSpec("link.remove", QT_TR_NOOP("&Remove Link"), "annotation.delete", ("Alt+Delete",),
               QT_TR_NOOP("Remove the link chosen in the Attribution pane (undo with Ctrl+Z)")),
    ActionSpec("entity.link", QT_TR_NOOP("&Link to Likely Entity"), "entity.link", ("Ctrl+E",),
               QT_TR_NOOP("Link the selected actor or place to the entity chosen in the Entity "
                          "box (the likeliest, unless you chose another)")),
    ActionSpec("entity.new", QT_TR_NOOP("New &Entity From Span"), "entity.new",
               ("Ctrl+Shift+N",),
               QT_TR_NOOP("Make a new entity named by the selected actor or place, and link "
                          "the span to it")),
    ActionSpec("entity.unlink", QT_TR_NOOP("&Unlink Entity"), "entity.unlink", (),
               QT_TR_NOOP("The selected span names no entity any more (undo with Ctrl+Z)")),
    ActionSpec("entity.auto", QT_TR_NOOP("Link &Known Names Automatically"), None, (),
               QT_TR_NOOP("A span tagged with a name an entity already has is linked to it as "
                          "it is tagged, and confirming a name links its other mentions on "
                          "the article"), checkable=True),
    ActionSpec("suggestion.show", QT_TR_NOOP("Show &Suggestions"), "suggestion",
               ("Ctrl+Shift+U",),
               QT_TR_NOOP("Outline the spans you would likely tag, learnt from what you tagged, "
                          "the entities and the gazetteer"), checkable=True),
    ActionSpec("suggestion.next", QT_TR_NOOP("&Next Suggestion"), "suggestion.next", ("F6",),
               QT_TR_NOOP("Go to the next suggested span")),
    ActionSpec("suggestion.previous", QT_TR_NOOP("&Previous Suggestion"),
               "suggestion.previous", ("Shift+F6",),
               QT_TR_NOOP("Go to the previous suggested span")),
    ActionSpec("suggestion.accept", QT_TR_NOOP("&Accept Suggestion"), "suggestion.accept",
               ("Ctrl+Return", "Ctrl+Enter"),
               QT_TR_NOOP("Tag the current suggestion as suggested (undo with Ctrl+Z) and go to "
                          "the next")),
    ActionSpec("suggestion.reject", QT_TR_NOOP("&Reject Suggestion"), "suggestion.reject",
               ("Ctrl+Backspace",),
               QT_TR_NOOP("Turn the current suggestion down for good and go to the next")),
    ActionSpec("suggestion.gazetteer", QT_TR_NOOP("Import &Gazetteer…"), "gazetteer", (),
               QT_TR_NOOP("Add names to suggest from a UTF-8 text file, one a line: "
                          "name<TAB>label, or name<TAB>label<TAB>entity")),
    ActionSpec("review.previous", QT_TR_NOOP("Previous Difference"),
               "review.previous", ("Shift+F8",),
               QT_TR_NOOP("Go to the previous open difference with the colleague")),
    ActionSpec("review.next", QT_TR_NOOP("Next Difference"), "review.next", ("F8",),
               QT_TR_NOOP("Go to the next open difference with the colleague (shows its article)")),
    ActionSpec("review.accept", QT_TR_NOOP("Accept Theirs"), "review.accept", ("Ctrl+Shift+A",),
               QT_TR_NOOP("Take the colleague's label or boundaries, add their span, or delete "
                          "mine where they have none")),
    ActionSpec("review.keep", QT_TR_NOOP("Keep Mine"), "review.keep", ("Ctrl+Shift+K",),
               QT_TR_NOOP("Mark the difference decided and change nothing")),
    ActionSpec("review.both", QT_TR_NOOP("Take Both"), "review.both", ("Ctrl+Shift+B",),
               QT_TR_NOOP("Add the colleague's span beside mine")),
    ActionSpec("view.zoom_in", QT_TR_NOOP("Zoom &In"), "view.zoom_in", (Key.ZoomIn, "Ctrl+="),
               QT_TR_NOOP("Larger article text")),
    ActionSpec("view.zoom_out", QT_TR_NOOP("Zoom &Out"), "view.zoom_out", (Key.ZoomOut,),
               QT_TR_NOOP("Smaller article text")),
    ActionSpec("view.zoom_reset", QT_TR_NOOP("&Reset Zoom"), "view.zoom_reset", ("Ctrl+0",),
               QT_TR_NOOP("Default article text size")),
    ActionSpec("view.refresh", QT_TR_NOOP("&Refresh"), "view.refresh", ("F5",),
               QT_TR_NOOP("Read the articles and annotations again from the file: shows what "
                          "another window or a colleague's import saved into it meanwhile")),
    ActionSpec("view.focus", QT_TR_NOOP("&Focus on the Text"), "view.focus", ("F11",),
               QT_TR_NOOP("Hide the article list, the annotations, the toolbar and the docks; "
                          "the same key brings them back"), checkable=True),
    ActionSpec("view.everyone", QT_TR_NOOP("Show &Everyone's Spans"), "view.everyone", (),
               QT_TR_NOOP("Show every annotator's spans in the article, not only yours (on a "
                          "team database only yours are shown until you ask)"), checkable=True),
    ActionSpec("view.claims", QT_TR_NOOP("&Claims Table"), "view.claims", ("Ctrl+Shift+L",),
               QT_TR_NOOP("Every claim with who said it, the reporting words, its places, outlet "
                          "and date, for this article or all; filter and copy to a spreadsheet")),
    ActionSpec("view.entities", QT_TR_NOOP("&Entities"), "entity", ("Ctrl+Shift+Y",),
               QT_TR_NOOP("Every actor and place across the articles with its names, mentions "
                          "and outlets: merge, split, rename, and the claims an actor made")),
    ActionSpec("view.overview", QT_TR_NOOP("&Overview"), "view.overview", ("Ctrl+Shift+O",),
               QT_TR_NOOP("The whole file or a part of it at a glance: counts by label, "
                          "annotator, outlet and day, the most frequent actors and places, "
                          "claims by source, progress; charts that open what they count")),
    ActionSpec("status.todo", QT_TR_NOOP("Mark Article &To Do"), "status.todo", (),
               QT_TR_NOOP("Your status of this article: not started (undo with Ctrl+Z)")),
    ActionSpec("status.in_progress", QT_TR_NOOP("Mark Article &In Progress"),
               "status.in_progress", ("Ctrl+Shift+D",),
               QT_TR_NOOP("Your status of this article: started, not finished (a tagged "
                          "article you never marked reads so)")),
    ActionSpec("status.done", QT_TR_NOOP("Mark Article &Done"), "status.done", ("Ctrl+D",),
               QT_TR_NOOP("Your status of this article: every span you mean to tag is tagged")),
    ActionSpec("status.adjudicated", QT_TR_NOOP("Mark Article &Adjudicated"),
               "status.adjudicated", (),
               QT_TR_NOOP("Your status of this article: reviewed against colleagues' files and "
                          "reconciled")),
    ActionSpec("view.next_document", QT_TR_NOOP("&Next Article"), None, ("Ctrl+PgDown",),
               QT_TR_NOOP("Open the next article in the list")),
    ActionSpec("view.previous_document", QT_TR_NOOP("&Previous Article"), None, ("Ctrl+PgUp",),
               QT_TR_NOOP("Open the previous article in the list")),
    ActionSpec("help.keys", QT_TR_NOOP("&Keyboard Shortcuts"), "help.keys", (Key.HelpContents,),
               QT_TR_NOOP("List the keys that tag, edit and move around")),
    ActionSpec("help.about", QT_TR_NOOP("&About Qari"), "help.about", (),
               QT_TR_NOOP("Version and licences")),
)  # fmt: skip

# Undo and redo come from the undo stack (`QUndoStack.createUndoAction`), which words their
# text after the edit; these give them their keys, icon and tip.
STACK_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("edit.undo", QT_TR_NOOP("&Undo"), "edit.undo", (Key.Undo,),
               QT_TR_NOOP("Undo the last edit; every edit of the session can be undone, and the "
                          "undo is saved like an edit")),
    ActionSpec("edit.redo", QT_TR_NOOP("&Redo"), "edit.redo", ("Ctrl+Shift+Z", "Ctrl+Y"),
               QT_TR_NOOP("Redo the edit undone last")),
)  # fmt: skip

# The shipped label scheme's descriptions, for lupdate: `tr(label.description)` shows
# them in the interface language (another scheme's descriptions show as written).
SCHEME_WORDS = (
    QT_TR_NOOP("A person, group, organisation or state that acts or speaks."),
    QT_TR_NOOP("A named location."),
    QT_TR_NOOP("An attributed statement or assertion."),
    QT_TR_NOOP("Reporting words that attribute a claim: قال، ذكرت، أعلن، وفقاً لـ"),
)

# The menus and the toolbar, by action name ("-" a separator, "labels" the label actions).
MENUS = (
    (QT_TR_NOOP("&File"), ("file.new", "file.open", "file.open_team", "file.save_copy",
               "file.restore", "-",
               "file.import", "file.import_folder", "file.export", "file.bom", "-",
               "file.review", "-", "file.annotator", "-", "file.quit")),
    (QT_TR_NOOP("&Edit"), ("edit.undo", "edit.redo", "-", "edit.find", "edit.find_next",
               "edit.find_previous", "edit.search", "-", "edit.preferences")),
    (QT_TR_NOOP("&Annotate"), ("labels", "-", "annotation.note", "annotation.delete",
                   "annotation.deselect", "annotation.tag_all", "bounds", "-", "links",
                   "link.remove", "-", "entity.link", "entity.new", "entity.unlink",
                   "entity.auto", "-", "suggestions", "-", "status", "-",
                   "annotation.snap")),
    (QT_TR_NOOP("Re&view"), ("file.review", "file.review_team", "-", "review.previous",
                 "review.next", "review.accept", "review.keep", "review.both")),
    (QT_TR_NOOP("&View"), ("view.refresh", "view.focus", "view.everyone", "view.overview",
               "view.claims", "view.entities", "-",
               "view.zoom_in",
               "view.zoom_out",
               "view.zoom_reset", "-", "view.next_document", "view.previous_document")),
    (QT_TR_NOOP("&Help"), ("help.keys", "help.about")),
)  # fmt: skip
BOUNDS = ("annotation.start_earlier", "annotation.start_later", "annotation.end_earlier",
          "annotation.end_later")  # fmt: skip
STATUSES = ("status.todo", "status.in_progress", "status.done", "status.adjudicated")
SUGGESTIONS = ("suggestion.show", "suggestion.next", "suggestion.previous", "suggestion.accept",
               "suggestion.reject", "-", "suggestion.gazetteer")  # fmt: skip
TOOLBAR = ("file.open", "file.import", "file.export", "-", "edit.undo", "edit.redo", "-",
           "annotation.note", "annotation.delete", "-", "view.zoom_out",
           "view.zoom_in")  # fmt: skip
# Actions that change what file is open or add to it: one import at a time.
IMPORT_GUARDED = ("file.import", "file.import_folder", "file.new", "file.open", "file.open_team")


# Digits work under an Arabic keyboard layout, but the key may arrive as an Arabic-Indic
# or Persian digit; each label shortcut answers to all three.
DIGIT_FORMS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")


def digit_keys(digit: str) -> list[QKeySequence]:
    return [QKeySequence(form[int(digit)]) for form in DIGIT_FORMS]


def _make(parent: QWidget, spec: ActionSpec) -> QAction:
    action = QAction(tr(spec.text), parent)
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
    tip = tr(spec.tip)
    action.setToolTip(tip + (f" ({keys[0].toString(native)})" if keys else ""))
    action.setStatusTip(tip)


def adopt(parent: QWidget, action: QAction, name: str) -> QAction:
    """Give an action made elsewhere (undo, redo) its registry entry's keys and tip."""
    _dress(action, next(spec for spec in STACK_SPECS if spec.name == name))
    parent.addAction(action)
    return action


def fill(
    menu: QMenu,
    names: tuple[str, ...],
    registry: dict[str, QAction],
    labels: dict[str, QAction],
    links: dict[str, QAction] | None = None,
) -> None:
    """Put `names` of MENUS into `menu` ("-" a separator, "labels" the label actions,
    "links" the link actions, "bounds", "status" and "suggestions" submenus)."""
    menu.clear()
    for name in names:
        if name == "-":
            menu.addSeparator()
        elif name == "labels":
            menu.addActions(list(labels.values()))
        elif name == "links":
            menu.addActions(list((links or {}).values()))
        elif name == "bounds":
            bounds = menu.addMenu(tr("Adjust &Boundaries"))
            bounds.addActions([registry[n] for n in BOUNDS])
        elif name == "status":
            status = menu.addMenu(icons.icon("status.done"), tr("Article &Status"))
            status.addActions([registry[n] for n in STATUSES])
        elif name == "suggestions":
            fill(menu.addMenu(icons.icon("suggestion"), tr("S&uggestions")), SUGGESTIONS,
                 registry, labels)  # fmt: skip
        else:
            menu.addAction(registry[name])


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
        action.setToolTip(
            tr("Tag the selection as {name}{key}: {description}").format(
                name=label.name, key=key, description=tr(label.description)
            )
        )
        action.setStatusTip(tr(label.description))
        if label.shortcut:
            action.setShortcuts(digit_keys(label.shortcut))
            action.setText(f"&{label.shortcut} {label.name}")
        parent.addAction(action)
        found[label.name] = action
    return found


def _keys_text(keys: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(dict.fromkeys(k.toString(native) for k in keys if not k.isEmpty()))


def shortcut_rows(
    labels: list[LabelDef], link_types: list[LinkTypeDef] | None = None
) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the registry that has keys, the label
    and link keys first: what Help ▸ Keyboard Shortcuts lists."""
    rows = [
        (
            _keys_text(digit_keys(label.shortcut)),
            tr("Tag as {name}: {description}").format(
                name=label.name, description=tr(label.description)
            ),
        )
        for label in labels
        if label.shortcut
    ]
    rows += [
        (
            _keys_text([QKeySequence(f"Alt+{form[int(t.shortcut)]}") for form in DIGIT_FORMS]),
            tr("Link the selected {claim} to its {name} (then a digit or Enter): "
               "{description}").format(
                claim=t.claim_label, name=t.name, description=tr(t.description)
            ),
        )
        for t in link_types or []
        if t.shortcut
    ]  # fmt: skip
    for spec in (*STACK_SPECS, *SPECS):
        keys = key_sequences(spec.keys)
        if keys:
            rows.append((_keys_text(keys), f"{tr(spec.text).replace('&', '')}: {tr(spec.tip)}"))
    return rows
