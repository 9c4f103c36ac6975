"""Known, user-facing failures. The UI shows these as plain messages; anything else is a bug."""

from __future__ import annotations

from reader.core.words import QT_TR_NOOP, Words


class KnownError(Exception):
    """A failure the user can understand and act on; `str(err)` is the message to show
    (in English); `words`, when the message was made as `Words`, lets the window show it
    in the interface language."""

    def __init__(self, message: str | Words = "") -> None:
        super().__init__(str(message))
        self.words = message if isinstance(message, Words) else None


class EmptyFileError(KnownError):
    """A file given to import holds nothing: said as such, never "0 added"."""

    def __init__(self, path: object, what: str = "") -> None:
        template = QT_TR_NOOP("{path} is empty ({what})") if what else QT_TR_NOOP("{path} is empty")
        super().__init__(Words(template, path=str(path), what=Words(what) if what else ""))


class CancelledError(KnownError):
    """The user cancelled long work; what it would have written was not written."""


class ArticleError(KnownError):
    """An article file (or one record of it) cannot be imported."""

    def __init__(self, origin: str, problem: str | Words) -> None:
        super().__init__(Words(QT_TR_NOOP("{origin}: {problem}"), origin=origin, problem=problem))
        self.origin = origin
        self.problem = str(problem)


class LabelSchemeError(KnownError):
    """A label scheme file is malformed."""


class AnnotationFileError(KnownError):
    """An annotation file cannot be opened or used."""

    def __init__(self, path: str, problem: str | Words) -> None:
        super().__init__(Words(QT_TR_NOOP("{path}: {problem}"), path=path, problem=problem))
        self.path = path
        self.problem = str(problem)


class NewerSchemaError(AnnotationFileError):
    """The annotation file was written by a newer version of the app."""


class FileGoneError(AnnotationFileError):
    """The open annotation file was deleted, moved or replaced by another program: a
    commit would go to a file no one can find again, so none is made."""


class ReadOnlyFileError(AnnotationFileError):
    """The annotation file is open read-only (its file, folder or disk cannot be
    written), so nothing can be changed in it."""


class ChangedMeanwhileError(KnownError):
    """An edit of a span that someone else (another window, a colleague on the team
    database) changed after it was read: refused, not written over theirs."""


class NotYoursError(KnownError):
    """On a team database, a change to rows of another annotator by someone who is not
    a curator: the database refuses it (row-level security)."""


NOT_YOURS = QT_TR_NOOP(
    "the team database lets you change only your own spans, links and statuses (those "
    "tagged under your login name); a curator may change anyone's"
)


class PasswordNeededError(AnnotationFileError):
    """A team database asked for a password that was not given (or was wrong): the
    window and the command line ask for one and try again."""


class SpanError(KnownError):
    """A span is not valid on its document (out of range, empty, reversed)."""


class ExportError(KnownError):
    """An export could not be written."""


class FormatError(KnownError):
    """A file in an interchange format is broken or cannot be written; the message names
    the file (and line or record) and the problem."""
