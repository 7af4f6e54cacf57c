"""What the shell asks of every page that shows vault content."""

from __future__ import annotations

from typing import Protocol

from companion.services.access import Services


class VaultPage(Protocol):
    def attach(self, services: Services) -> None:
        """The vault was unlocked: load what the page shows."""

    def save_drafts(self) -> None:
        """Write any unsaved text now (synchronously): lock, quit or navigation follows."""

    def detach(self) -> None:
        """The vault is locking: drop every piece of content, undo history included."""
