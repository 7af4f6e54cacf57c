"""Images attached to entries: which files are accepted, and how big."""

from __future__ import annotations

from dataclasses import dataclass

from companion.domain.journal import EntryError

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS_PER_ENTRY = 20

# Recognised by their first bytes, never by the file name.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


@dataclass(frozen=True)
class Attachment:
    id: str
    entry_id: str
    name: str
    mime: str
    size: int


def sniff_image(data: bytes) -> str | None:
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def validate_image(name: str, data: bytes, already: int) -> str:
    """The image's type, or EntryError with the sentence to show."""
    if len(data) > MAX_ATTACHMENT_BYTES:
        megabytes = len(data) / (1024 * 1024)
        raise EntryError(
            f"This image is {megabytes:.1f} MB; images can be up to 10 MB. Try a smaller "
            "copy of it. Nothing was added."
        )
    if not data:
        raise EntryError("That file is empty. Nothing was added.")
    mime = sniff_image(data)
    if mime is None:
        raise EntryError(
            "That file is not a picture Companion can show (PNG, JPEG, GIF or WebP). "
            "Nothing was added."
        )
    if already >= MAX_ATTACHMENTS_PER_ENTRY:
        raise EntryError("An entry can hold up to 20 pictures. Nothing was added.")
    return mime
