"""Where an annotator stands with an article: the workflow status (schema 7).

A status the annotator set is kept in the file; an article they never marked reads as
"in progress" once they have tagged something in it, else "to do". That way the list is
right for files made before statuses existed, and tagging needs no second write."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reader.core.words import QT_TR_NOOP, Words, joined


class Status(Enum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ADJUDICATED = "adjudicated"

    @property
    def words(self) -> str:
        """Its name for people (a template for the interface language)."""
        return _NAMES[self]

    @classmethod
    def parse(cls, value: str) -> Status | None:
        """The status `value` names (its stored form or English name), or None."""
        key = value.strip().lower().replace(" ", "_").replace("-", "_")
        return _BY_KEY.get(key)


_NAMES = {
    Status.TODO: QT_TR_NOOP("To do"),
    Status.IN_PROGRESS: QT_TR_NOOP("In progress"),
    Status.DONE: QT_TR_NOOP("Done"),
    Status.ADJUDICATED: QT_TR_NOOP("Adjudicated"),
}
_BY_KEY = {s.value: s for s in Status} | {"to_do": Status.TODO}


def effective(stored: Status | None, own_spans: int) -> Status:
    """What an article's status reads as: the one set, else by whether it was tagged."""
    if stored is not None:
        return stored
    return Status.IN_PROGRESS if own_spans else Status.TODO


@dataclass(frozen=True, slots=True)
class StatusMark:
    """One annotator's status of one document, as files and formats carry it."""

    document: int  # the document's key in its set (its id in a file)
    annotator: str
    status: Status
    updated_at: str = ""


_THEIRS = {
    Status.TODO: QT_TR_NOOP("{name} has not started"),
    Status.IN_PROGRESS: QT_TR_NOOP("{name} is working on it"),
    Status.DONE: QT_TR_NOOP("{name} marked it done"),
    Status.ADJUDICATED: QT_TR_NOOP("{name} marked it adjudicated"),
}
_MINE = {
    Status.TODO: QT_TR_NOOP("you have not started"),
    Status.IN_PROGRESS: QT_TR_NOOP("you are working on it"),
    Status.DONE: QT_TR_NOOP("you marked it done"),
    Status.ADJUDICATED: QT_TR_NOOP("you marked it adjudicated"),
}


def compared(name: str, theirs: Status, mine: Status) -> Words:
    """The two statuses side by side: "Omar marked it done; you have not started"."""
    return joined([Words(_THEIRS[theirs], name=name), Words(_MINE[mine])])
