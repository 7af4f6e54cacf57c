"""The resources directory and knowledge notes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from companion.domain.journal import EntryError, normalize_tags


class ResourceKind(StrEnum):
    PROFESSIONAL = "professional"  # therapists, doctors, counsellors
    CLINIC = "clinic"  # clinics and treatment facilities
    PEER_GROUP = "peer-group"
    HOTLINE = "hotline"
    WEBSITE = "website"
    READING = "reading"  # books and articles


@dataclass(frozen=True)
class Resource:
    id: str
    kind: ResourceKind
    name: str
    contact: str = ""
    notes: str = ""
    cost: str = ""
    recommended_by: str = ""
    rating: int | None = None
    experience: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    id: str
    title: str
    topic: str = ""
    body: str = ""
    source: str = ""
    questions: str = ""
    resource_id: str | None = None


def validate_resource(resource: Resource) -> Resource:
    name = " ".join(resource.name.split())
    if not name:
        raise EntryError("Give the resource a name.")
    if len(name) > 200:
        raise EntryError("A name can be up to 200 characters long.")
    if resource.rating is not None and not 1 <= resource.rating <= 5:
        raise EntryError("A rating is from 1 to 5 stars.")
    for text in (resource.notes, resource.experience):
        if len(text) > 50_000:
            raise EntryError("These notes are too long to keep. Shorten them a little.")
    return Resource(
        id=resource.id,
        kind=ResourceKind(resource.kind),
        name=name,
        contact=resource.contact.strip()[:500],  # kept as written: letters in numbers too
        notes=resource.notes.strip(),
        cost=resource.cost.strip()[:500],
        recommended_by=resource.recommended_by.strip()[:60],
        rating=resource.rating,
        experience=resource.experience.strip(),
        tags=normalize_tags(resource.tags),
    )


def validate_note(note: Note) -> Note:
    title = " ".join(note.title.split())
    if not title:
        raise EntryError("Give the note a title.")
    if len(note.body) > 200_000:
        raise EntryError("This note is too long to keep. Split it into smaller notes.")
    return Note(
        note.id,
        title[:200],
        note.topic.strip()[:40],
        note.body,
        note.source.strip(),
        note.questions,
        note.resource_id,
    )
