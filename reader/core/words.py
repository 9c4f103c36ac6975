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
    """A template and its fields; `str()` is the English message. A message about a
    count (`plural`) also has the English words for one (`one`)."""

    __slots__ = ("one", "params", "template")

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        self.one: str | None = None

    def __str__(self) -> str:
        return self.english().format(**{k: _english(v) for k, v in self.params.items()})

    def english(self) -> str:
        """The English template: the singular one for a count of 1."""
        return self.one if self.one is not None and self.params.get("count") == 1 else self.template

    def __repr__(self) -> str:
        return f"Words({self.template!r}, {self.params!r})"


def plural(one: str, other: str, count: int, **params: object) -> Words:
    """A message about `count` things, as ngettext has it: `one` in English for a count
    of 1, `other` otherwise (mark `other` with QT_TR_NOOP). The window translates `other`
    with the plural forms of its language (Qt's numerus forms: Arabic has six)."""
    words = Words(other, count=count, **params)
    words.one = one
    return words


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


def first_of(messages: list[Words], limit: int = 20) -> Words:
    """The first `limit` of `messages`, a line each, then how many more there are: a
    user fixes a file in one pass, and a long list stays readable."""
    shown = Words("\n".join(f"{{m{i}}}" for i in range(min(limit, len(messages)))),
                  **{f"m{i}": m for i, m in enumerate(messages[:limit])})  # fmt: skip
    if len(messages) <= limit:
        return shown
    more = QT_TR_NOOP("{shown}\n… and {count} more")
    return plural(more, more, len(messages) - limit, shown=shown)


# Fields that say where a message is, not what it says: messages alike but for them are
# the same message said again.
_PLACES = ("where", "path", "ann")


def grouped(messages: list[Words], examples: int = 3) -> list[Words]:
    """`messages` with the repeats of each kind said once: the first, how many more there
    are like it and where the next few are. Kinds keep their first message's order."""
    kinds: dict[tuple[object, ...], list[Words]] = {}
    for m in messages:
        key = (m.template, *sorted((k, str(v)) for k, v in m.params.items() if k not in _PLACES))
        kinds.setdefault(key, []).append(m)
    return [_kind(alike, examples) for alike in kinds.values()]


def _kind(alike: list[Words], examples: int) -> Words:
    first, rest = alike[0], alike[1:]
    if not rest:
        return first
    places = [next((m.params[k] for k in _PLACES if k in m.params), "") for m in rest]
    shown = [Words("{place}", place=p) for p in places[:examples] if p]
    if not shown:
        alone = QT_TR_NOOP("{first} (and {count} more like it)")
        return plural(alone, alone, len(rest), first=first)
    more = QT_TR_NOOP("{first} (and {count} more like it: {places}…)")
    return plural(more, more, len(rest), first=first, places=joined(shown))
