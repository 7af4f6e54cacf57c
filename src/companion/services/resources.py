"""Resources directory and knowledge-note use-cases."""

from __future__ import annotations

from collections.abc import Callable

from companion.domain.resources import (
    Note,
    Resource,
    ResourceKind,
    validate_note,
    validate_resource,
)
from companion.services.toolbox import PROFESSIONALS_STEP, ToolboxService
from companion.vault.resources import ResourceRepository
from companion.vault.toolbox import PlanItem
from companion.vault.vault import utc_now


class ResourceService:
    def __init__(
        self,
        repo: ResourceRepository,
        toolbox: ToolboxService,
        now: Callable[[], str] = utc_now,
    ) -> None:
        self._repo = repo
        self._toolbox = toolbox
        self._now = now

    def save(self, resource: Resource) -> Resource:
        return self._repo.save(validate_resource(resource), self._now())

    def get(self, resource_id: str) -> Resource | None:
        return self._repo.get(resource_id)

    def find(
        self, kind: ResourceKind | None = None, tag: str | None = None, query: str = ""
    ) -> list[Resource]:
        return self._repo.find(kind, tag, query)

    def remove(self, resource_id: str) -> None:
        self._repo.remove(resource_id, self._now())

    def add_to_safety_plan(self, resource_id: str) -> PlanItem:
        """Step 5 of the safety plan: professionals and services."""
        resource = self._repo.get(resource_id)
        if resource is None:
            from companion.domain.journal import EntryError

            raise EntryError("That resource no longer exists.")
        return self._toolbox.add_plan_item(PROFESSIONALS_STEP, resource.name, resource.contact)

    def save_note(self, note: Note) -> Note:
        return self._repo.save_note(validate_note(note), self._now())

    def notes(self) -> list[Note]:
        return self._repo.notes()

    def note(self, note_id: str) -> Note | None:
        return self._repo.note(note_id)

    def remove_note(self, note_id: str) -> None:
        self._repo.remove_note(note_id, self._now())

    def search_notes(
        self, query: str, limit: int = 20, as_you_type: bool = False
    ) -> list[tuple[str, str, str]]:
        return self._repo.search_notes(query, limit, as_you_type)
