"""Drafts: typed text is saved into the vault, never to plain files."""

from __future__ import annotations

from companion.domain.changes import Changed
from companion.vault.drafts import DraftRepository

# A pasted novel is kept, but not without bound: past this the editor warns.
MAX_DRAFT_CHARS = 2_000_000


class DraftTooLarge(ValueError):
    user_message = (
        "This text is too long to keep as one draft (over two million characters). "
        "Split it into smaller pieces; nothing has been lost."
    )


class DraftService:
    def __init__(self, repo: DraftRepository) -> None:
        self._repo = repo

    def load(self, slot: str) -> str:
        return self._repo.get(slot) or ""

    def save(self, slot: str, body: str) -> Changed:
        if len(body) > MAX_DRAFT_CHARS:
            raise DraftTooLarge(f"{len(body)} characters")
        if body:
            self._repo.put(slot, body)
        else:
            self._repo.delete(slot)
        return Changed(drafts=frozenset({slot}))
