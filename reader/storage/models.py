"""Typed SQLAlchemy models of one annotation file (DESIGN.md, "The annotation file").

Kept portable across dialects: no SQLite-only types or SQL here. Timestamps are ISO 8601
UTC strings so that they read the same in SQLite, PostgreSQL and the CSV export.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the file itself: which app wrote it, schema version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Document(Base):
    __tablename__ = "document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[str] = mapped_column(String(64), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(Text, default="")
    header_lines: Mapped[int] = mapped_column(Integer, default=0)
    char_count: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = deferred(mapped_column(Text))


class Label(Base):
    __tablename__ = "label"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    colour: Mapped[str] = mapped_column(String(7))
    shortcut: Mapped[str] = mapped_column(String(8), default="")
    style: Mapped[str] = mapped_column(String(16), default="background")
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Annotator(Base):
    __tablename__ = "annotator"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))


class Annotation(Base):
    __tablename__ = "annotation"
    __table_args__ = (
        CheckConstraint("start >= 0", name="ck_annotation_start"),
        CheckConstraint('start < "end"', name="ck_annotation_nonempty"),
        UniqueConstraint(
            "document_id", "annotator_id", "label_id", "start", "end", name="uq_annotation_span"
        ),
        Index("ix_annotation_document_start", "document_id", "start"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    label_id: Mapped[int] = mapped_column(ForeignKey("label.id"))
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotator.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    context_before: Mapped[str] = mapped_column(Text, default="")
    context_after: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    # Whom an accepted span came from in a review (schema 2); empty for one's own spans.
    origin_annotator: Mapped[str] = mapped_column(Text, default="", server_default="")
    origin_file: Mapped[str] = mapped_column(Text, default="", server_default="")
    # When it was accepted (schema 4): UTC, ISO 8601; later edits do not change it.
    origin_at: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The entity an ACTOR or PLACE span names (schema 6); NULL when not linked.
    entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entity.id", ondelete="SET NULL"), nullable=True, index=True
    )


class LinkType(Base):
    """A kind of attribution link (schema 5): from spans of one label to another's."""

    __tablename__ = "link_type"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    colour: Mapped[str] = mapped_column(String(7))
    shortcut: Mapped[str] = mapped_column(String(8), default="")
    claim_label: Mapped[str] = mapped_column(String(32))
    target_label: Mapped[str] = mapped_column(String(32))
    unnamed: Mapped[bool] = mapped_column(Boolean, default=False)  # may have no target
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Link(Base):
    """A claim's link to its source, cue or place (schema 5). A link goes with its spans:
    deleting either span deletes it. `target_id` is NULL for an unnamed source."""

    __tablename__ = "link"
    __table_args__ = (
        Index("ix_link_claim", "claim_id"),
        Index("ix_link_target", "target_id"),
        Index("ix_link_document", "document_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    type_id: Mapped[int] = mapped_column(ForeignKey("link_type.id"))
    claim_id: Mapped[int] = mapped_column(ForeignKey("annotation.id", ondelete="CASCADE"))
    target_id: Mapped[int | None] = mapped_column(
        ForeignKey("annotation.id", ondelete="CASCADE"), nullable=True
    )
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotator.id"))
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class Entity(Base):
    """One actor or place across the corpus (schema 6): what its mentions point to."""

    __tablename__ = "entity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(32))  # ACTOR or PLACE
    name: Mapped[str] = mapped_column(Text)  # the preferred name
    note: Mapped[str] = mapped_column(Text, default="")
    external_id: Mapped[str] = mapped_column(Text, default="")  # typed by the user
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class EntityAlias(Base):
    """Another name an entity goes by (schema 6): confirmed by the user, so a new span
    with this name is linked to the entity at once."""

    __tablename__ = "entity_alias"
    __table_args__ = (UniqueConstraint("entity_id", "name", name="uq_entity_alias"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class GazetteerName(Base):
    """A name and the label it is usually tagged with (schema 6), imported from a
    gazetteer to seed the suggestions."""

    __tablename__ = "gazetteer"
    __table_args__ = (UniqueConstraint("name", "label", name="uq_gazetteer_name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(32))


class RejectedSuggestion(Base):
    """A suggested span the user turned down (schema 6): never offered again."""

    __tablename__ = "rejected_suggestion"
    __table_args__ = (
        UniqueConstraint("document_id", "label", "start", "end", name="uq_rejected_suggestion"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class DocumentStatus(Base):
    """Where one annotator stands with one article (schema 7): to do, in progress, done,
    adjudicated (`core.progress.Status`). No row: read from whether they tagged it."""

    __tablename__ = "document_status"
    __table_args__ = (
        UniqueConstraint("document_id", "annotator_id", name="uq_document_status"),
        Index("ix_document_status_annotator", "annotator_id", "status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotator.id"))
    status: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[str] = mapped_column(String(32))
