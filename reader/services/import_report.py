"""What an import of another file's annotations did, as it tells the user: counts, each
span moved, widened or not placed, each link left out and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.errors import KnownError
from reader.core.words import QT_TR_NOOP, Words, first_of, joined, plural


@dataclass
class AnnotationImportReport:
    source: str
    format: str
    annotators: list[str] = field(default_factory=list)
    documents_added: int = 0
    documents_matched: int = 0
    spans_added: int = 0
    spans_present: int = 0  # already in the file
    spans_merged: int = 0  # the same span twice in the imported file (or mapped together)
    spans_moved: int = 0  # placed elsewhere than their offsets said
    moved: list[Words] = field(default_factory=list)  # each of them: where from, where to
    extended: list[Words] = field(default_factory=list)  # widened to whole letters
    left_out: Counter[str] = field(default_factory=Counter)  # by label, mapped to nothing
    problems: list[Words] = field(default_factory=list)  # not matched, not placed
    warnings: list[Words] = field(default_factory=list)  # what the reader did not take
    links_added: int = 0
    links_present: int = 0  # the same link was there already
    links_left_out: list[Words] = field(default_factory=list)  # each with why
    entities_added: int = 0  # made in the file for the spans that name them
    mentions_linked: int = 0
    statuses_taken: int = 0  # workflow statuses newer than the file's own

    @property
    def not_as_given(self) -> list[Words]:
        """Every span not taken exactly as the file gave it: not placed, moved, widened."""
        return [*self.problems, *self.moved, *self.extended]

    def left_out_said(self) -> list[Words]:
        """Each label mapped to nothing, with how many spans it had."""
        other = QT_TR_NOOP("left out: {count} spans labelled {label} (mapped to nothing)")
        one = "left out: {count} span labelled {label} (mapped to nothing)"
        return [plural(one, other, n, label=label) for label, n in self.left_out.items()]

    def summary(self) -> Words:
        parts = [
            plural("{count} annotation added", QT_TR_NOOP("{count} annotations added"),
                   self.spans_added),
            plural("{count} already present", QT_TR_NOOP("{count} already present"),
                   self.spans_present),
            plural("{count} new document", QT_TR_NOOP("{count} new documents"),
                   self.documents_added),
            plural("{count} document matched", QT_TR_NOOP("{count} documents matched"),
                   self.documents_matched),
        ]  # fmt: skip
        parts += [plural(one, other, n) for one, other, n in self._also() if n]
        if not self.annotators:  # nothing of anyone's was in it
            return Words(QT_TR_NOOP("{source} ({format}): {parts}"), source=self.source,
                         format=self.format, parts=joined(parts))  # fmt: skip
        return Words(
            QT_TR_NOOP("{source} ({format}, as {who}): {parts}"),
            source=self.source,
            format=self.format,
            who=", ".join(self.annotators),
            parts=joined(parts),
        )

    def _also(self) -> list[tuple[str, str, int]]:
        """The clauses said only when their count is not 0: (one, other, count)."""
        return [
            ("{count} duplicate span within the file merged",
             QT_TR_NOOP("{count} duplicate spans within the file merged"), self.spans_merged),
            ("{count} re-anchored", QT_TR_NOOP("{count} re-anchored"), self.spans_moved),
            ("{count} extended to whole letters", QT_TR_NOOP("{count} extended to whole letters"),
             len(self.extended)),
            ("{count} left out by label mapping", QT_TR_NOOP("{count} left out by label mapping"),
             sum(self.left_out.values())),
            ("{count} could not be placed", QT_TR_NOOP("{count} could not be placed"),
             len(self.problems)),
            ("{count} link added", QT_TR_NOOP("{count} links added"), self.links_added),
            ("{count} link already present", QT_TR_NOOP("{count} links already present"),
             self.links_present),
            ("{count} link left out", QT_TR_NOOP("{count} links left out"),
             len(self.links_left_out)),
            ("{count} span linked to an entity", QT_TR_NOOP("{count} spans linked to entities"),
             self.mentions_linked),
            ("{count} new entity", QT_TR_NOOP("{count} new entities"), self.entities_added),
            ("{count} article status taken", QT_TR_NOOP("{count} article statuses taken"),
             self.statuses_taken),
        ]  # fmt: skip


MOVED = QT_TR_NOOP(
    "{where}: {label} «{text}» [{start}, {end}) is not at its offsets; stored at "
    "[{new_start}, {new_end}), found by its {anchor}"
)
EXTENDED = QT_TR_NOOP(
    "{where}: {label} «{text}» [{start}, {end}) split a letter from its marks; stored as "
    "[{new_start}, {new_end})"
)


class NotAsGivenError(KnownError):
    """--strict: a file some of whose spans would not be stored as it gives them."""

    def __init__(self, path: Path, found: list[Words]) -> None:
        refused = QT_TR_NOOP(
            "{path}: refused whole (strict): {count} spans would not be stored as the file "
            "gives them:\n{found}"
        )
        one = ("{path}: refused whole (strict): {count} span would not be stored as the file "
               "gives it:\n{found}")  # fmt: skip
        super().__init__(plural(one, refused, len(found), path=path, found=first_of(found)))
