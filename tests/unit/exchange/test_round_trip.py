"""Export, import into a fresh vault, export again: the same records come back."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from companion.domain.groups import GroupDraft, Role
from companion.exchange import companion_import as ci
from companion.exchange import export
from companion.services.access import Services
from tests.support import make_vault
from tests.unit.exchange.conftest import fill
from tests.unit.exchange.test_import import TODAY, _content
from tests.unit.exchange.vaults import VAULT, build


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


def _round_trip(tmp: Path, plan: dict[str, Any], encrypted: bool) -> None:
    """Build the vault, export it, import into a fresh vault: the same records."""
    source, _ = make_vault(tmp / "source")
    target, _ = make_vault(tmp / "target")
    try:
        build(Services(source), plan)
        path = tmp / ("all.age" if encrypted else "all.json")
        if encrypted:
            export.export_age(source.db, path, "round trip", include_private=True)
        else:
            export.export_json(source.db, path)
        preview = ci.preview(target.db, ci.read_file(path, "round trip"), TODAY)
        assert preview.skipped == []
        ci.apply(target.db, preview)
        want, got = _content(source.db), _content(target.db)
        if not encrypted:  # the plain export never holds private notes
            for session in want["sessions"]:
                session["private_notes"] = ""
        assert got == want
        if not encrypted:  # and again: importing the same file adds nothing
            assert ci.preview(target.db, ci.read_file(path), TODAY).new_total == 0
    finally:
        source.close()
        target.close()


@settings(max_examples=40, deadline=None)
@given(plan=VAULT)
def test_every_record_comes_back_through_json(plan: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _round_trip(Path(tmp), plan, encrypted=False)


# age's scrypt takes about 1.4 s each way here: a few examples (bench/round_trip.py runs more).
@settings(max_examples=2, deadline=None)
@given(plan=VAULT)
def test_every_record_comes_back_through_age(plan: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _round_trip(Path(tmp), plan, encrypted=True)
