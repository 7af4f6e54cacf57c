"""Export, import into a fresh vault, export again: the same records come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.domain.groups import GroupDraft, Role
from companion.exchange import companion_import as ci
from companion.exchange import export
from companion.services.access import Services
from tests.support import make_vault
from tests.unit.exchange.conftest import fill
from tests.unit.exchange.test_import import TODAY, _content


def test_a_vault_with_group_members_imports_its_own_export(tmp_path: Path) -> None:
    source_session, _ = make_vault(tmp_path / "a")
    target_session, _ = make_vault(tmp_path / "b")
    try:
        services = Services(source_session)
        fill(services)
        group = services.groups.save_group(None, GroupDraft("Thursday", my_role=Role.MEMBER))
        services.groups.add_member(group.id, "Sam", "by text", consent=True)
        services.groups.add_member(group.id, "Alex", consent=False)
        for name, passphrase in (("all.json", None), ("all.age", "group words")):
            path = tmp_path / name
            if passphrase:
                export.export_age(source_session.db, path, passphrase, include_private=True)
            else:
                export.export_json(source_session.db, path)
            fresh, _ = make_vault(tmp_path / f"fresh-{name}")
            try:
                plan = ci.preview(fresh.db, ci.read_file(path, passphrase), TODAY)
                ci.apply(fresh.db, plan)
                assert plan.new["members"] == 2
                got, want = _content(fresh.db), _content(source_session.db)
                if not passphrase:
                    for session in want["sessions"]:
                        session.pop("private_notes")
                        got_session = next(s for s in got["sessions"] if s["id"] == session["id"])
                        assert got_session.pop("private_notes") == ""
                assert got == want
            finally:
                fresh.close()
        members = _content(source_session.db)["members"]
        assert sorted(m["consent"] for m in members) == [False, True]
    finally:
        source_session.close()
        target_session.close()


def test_consent_written_as_0_or_1_by_older_exports_is_still_read(tmp_path: Path) -> None:
    session, _ = make_vault(tmp_path / "v")
    try:
        document = {
            "format": "companion-export",
            "version": 1,
            "groups": [
                {
                    "id": "g1",
                    "name": "Tuesday",
                    "focus": "",
                    "schedule": "",
                    "place": "",
                    "facilitators": "",
                    "agreements": [],
                    "resources": [],
                    "crisis_lines": [],
                    "my_role": "member",
                }
            ],
            "members": [
                {"id": f"m{v}", "group_id": "g1", "alias": "A", "contact_note": "", "consent": v}
                for v in (0, 1)
            ],
        }
        ci.apply(session.db, ci.preview(session.db, document, TODAY))
        rows = session.db.records("SELECT id, consent FROM group_members ORDER BY id")
        assert [(r["id"], r["consent"]) for r in rows] == [("m0", 0), ("m1", 1)]
        document["members"][0]["consent"] = 2
        document["members"][0]["id"] = "m2"
        with pytest.raises(ci.ImportRejected, match="true or false"):
            ci.preview(session.db, document, TODAY)
    finally:
        session.close()
