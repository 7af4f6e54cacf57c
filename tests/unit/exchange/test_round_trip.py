"""Export, import into a fresh vault, export again: the same records come back."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from companion.domain.groups import AgendaItem, GroupDraft, Role
from companion.domain.journal import EntryDraft
from companion.domain.resources import Note, Resource, ResourceKind
from companion.domain.toolbox import Category, SourceKind, StrategyDraft
from companion.domain.trackers import TrackerKind
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


def test_every_field_at_the_longest_the_app_allows_comes_back(tmp_path: Path) -> None:
    """What a person can type, the import takes: no limit below the app's own."""
    source, _ = make_vault(tmp_path / "a")
    target, _ = make_vault(tmp_path / "b")
    try:
        services = Services(source)
        longest = "é" * 100_000
        services.journal.add_template("t" * 80, longest)
        tracker = services.journal.add_tracker("s" * 60, TrackerKind.NUMBER, unit="u" * 200)
        services.journal.save(
            None,
            EntryDraft(
                date(2026, 11, 1),
                "t" * 300,
                longest * 3,
                tags=tuple(f"{i:02d}" + "g" * 58 for i in range(30)),
                trackers={tracker.id: 1e6},
            ),
        )
        services.resources.save(
            Resource(
                "",
                ResourceKind.HOTLINE,
                "n" * 200,
                "c" * 500,
                longest[:50_000],
                "€" * 500,
                "r" * 60,
                5,
                longest[:50_000],
            )
        )
        services.resources.save_note(
            Note("", "t" * 200, "p" * 40, longest * 2, "s" * 5000, longest[:50_000])
        )
        group = services.groups.save_group(
            None,
            GroupDraft("g" * 120, "f" * 200, "s" * 200, "p" * 300, "f" * 300, ("a" * 300,) * 50),
        )
        services.groups.add_member(group.id, "m" * 40, "c" * 300, consent=True)
        session = services.groups.add_session(group.id, datetime(2026, 12, 1, 19), "t" * 200)
        services.groups.update_session(
            replace(
                session,
                follow_ups=longest[:50_000],
                private_notes=longest[:50_000],
                agenda=(AgendaItem("a" * 1000, 600),),
            )
        )
        strategy = services.toolbox.add(
            StrategyDraft(
                "t" * 120,
                Category.BREATHING,
                "s" * 20_000,
                "w" * 20_000,
                source=SourceKind.GROUP,
                source_group="g" * 80,
                source_member="m" * 40,
            )
        )
        services.toolbox.log_use(strategy.id, 10, 0, "n" * 2000)
        services.toolbox.add_plan_item(7, "p" * 500, "c" * 200)
        services.progress.add_days_since("l" * 80, date(2026, 1, 1))
        path = tmp_path / "all.json"
        export.export_json(source.db, path)
        plan = ci.preview(target.db, ci.read_file(path), TODAY)
        assert plan.skipped == []
        ci.apply(target.db, plan)
        want = _content(source.db)
        want["sessions"][0]["private_notes"] = ""
        assert _content(target.db) == want
    finally:
        source.close()
        target.close()
