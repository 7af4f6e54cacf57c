from __future__ import annotations

import pytest

from companion.domain.journal import EntryError
from companion.domain.resources import Note, Resource, ResourceKind
from companion.services.access import Services


def test_resources_save_find_and_keep_contacts_as_written(services: Services) -> None:
    res = services.resources
    dr = res.save(
        Resource(
            "",
            ResourceKind.PROFESSIONAL,
            " Dr  Amal Hart ",
            contact="0800-TALK-NOW",
            cost="Covered by insurance",
            rating=5,
            recommended_by="Sam",
            tags=("anxiety", "#cbt"),
        )
    )
    res.save(Resource("", ResourceKind.HOTLINE, "Night line", contact="116 123"))
    res.save(Resource("", ResourceKind.READING, "Feeling Good (book)", tags=("cbt",)))
    assert dr.name == "Dr Amal Hart"
    assert dr.contact == "0800-TALK-NOW"
    assert [r.name for r in res.find(kind=ResourceKind.HOTLINE)] == ["Night line"]
    assert [r.name for r in res.find(tag="cbt")] == ["Dr Amal Hart", "Feeling Good (book)"]
    assert [r.name for r in res.find(query="book")] == ["Feeling Good (book)"]
    res.remove(dr.id)
    assert res.get(dr.id) is None


@pytest.mark.parametrize(
    ("resource", "message"),
    [
        (Resource("", ResourceKind.CLINIC, "   "), "name"),
        (Resource("", ResourceKind.CLINIC, "x", rating=6), "1 to 5"),
    ],
)
def test_bad_resources_are_refused(services: Services, resource: Resource, message: str) -> None:
    with pytest.raises(EntryError, match=message):
        services.resources.save(resource)


def test_a_resource_goes_into_step_5_of_the_safety_plan(services: Services) -> None:
    clinic = services.resources.save(
        Resource("", ResourceKind.CLINIC, "Riverside clinic", contact="01 234 5678")
    )
    services.resources.add_to_safety_plan(clinic.id)
    [item] = services.toolbox.plan()[5]
    assert (item.text, item.contact) == ("Riverside clinic", "01 234 5678")


def test_knowledge_notes_are_searchable_and_leave_search_when_removed(services: Services) -> None:
    res = services.resources
    note = res.save_note(
        Note(
            "",
            "Sertraline",
            "medication",
            "Side effects eased after three weeks.",
            "Dr Hart",
            "Ask about the dose in winter",
        )
    )
    [(found_id, title, snippet)] = res.search_notes("sertralin*")
    assert "Sertraline" in snippet or "\x02" in snippet
    assert found_id == note.id and title == "Sertraline"
    assert res.search_notes("dose")  # questions are searched too
    assert res.search_notes("'\"") == []  # never a syntax error
    res.remove_note(note.id)
    assert res.search_notes("sertraline") == []
