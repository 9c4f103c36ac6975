"""Messages that the window shows in the interface language while core, storage and the
formats stay free of Qt.

A message is a template with named fields, marked for Qt's lupdate where it is written
(`QT_TR_NOOP`, a marker that returns its text) and filled in later: `str()` gives the
English the command line prints, and the window translates the template and fills it
with the fields in its own locale (`reader.ui.i18n.said`). A field may itself be a
message (a problem inside "{path}: {problem}")."""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:
    """Mark a template for translation; it is returned unchanged."""
    return text


class Words:
    """A template and its fields; `str()` is the English message."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return self.template.format(**{k: _english(v) for k, v in self.params.items()})

    def __repr__(self) -> str:
        return f"Words({self.template!r}, {self.params!r})"


def _english(value: object) -> object:
    return str(value) if isinstance(value, Words) else value


# Where a problem is in a file: its path, or words such as "{path}, line {number}".
Where = str | Words


def line_of(path: object, number: int) -> Words:
    """Where line `number` of the file at `path` is."""
    return Words(QT_TR_NOOP("{path}, line {number}"), path=str(path), number=number)


def joined(parts: list[Words], separator: Words | None = None) -> Words:
    """`parts` as one message, separated as the interface language separates clauses
    ("; " in English, "؛ " in Arabic) unless another `separator` is given."""
    separator = separator or Words(QT_TR_NOOP("; "))
    template = "{separator}".join(f"{{part{i}}}" for i in range(len(parts)))
    return Words(template, separator=separator, **{f"part{i}": p for i, p in enumerate(parts)})


def listed(parts: list[Words]) -> Words:
    """`parts` as a list inside a sentence ("a, b" in English, "a، b" in Arabic)."""
    return joined(parts, Words(QT_TR_NOOP(", ")))


def failed(template: str, err: OSError, **fields: object) -> Words:
    """`template` with `{strerror}` filled by the system's words for `err` (its whole
    message when it has no such words), and `fields`."""
    return Words(template, strerror=err.strerror or err, **fields)
