"""`companion export`, end to end: warnings, formats and the private-notes rule."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyrage

from tests.support import TEST_PASSPHRASE, make_vault
from tests.unit.exchange.conftest import PRIVATE


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, COMPANION_PASSPHRASE=TEST_PASSPHRASE, **env),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def _vault_with_a_private_note() -> None:
    from dataclasses import replace
    from datetime import date, datetime

    from companion.domain.groups import GroupDraft, Role
    from companion.domain.journal import EntryDraft
    from companion.services.access import Services

    session, _ = make_vault(Path(os.environ["COMPANION_DATA_DIR"]) / "vaults" / "default")
    services = Services(session)
    services.journal.save(None, EntryDraft(day=date(2026, 11, 1), body="First steps"))
    group = services.groups.save_group(None, GroupDraft("Walkers", my_role=Role.FACILITATOR))
    s = services.groups.add_session(group.id, datetime(2026, 12, 1, 19, 0), "Pacing")
    services.groups.update_session(replace(s, private_notes=PRIVATE))
    session.close()


def test_plain_exports_warn_and_never_hold_private_notes(tmp_path: Path) -> None:
    _vault_with_a_private_note()
    out = tmp_path / "all.json"
    result = run("export", "--format", "json", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stderr
    assert json.loads(result.stdout) == {"format": "json", "out": str(out), "entries": 1}
    assert PRIVATE not in out.read_text("utf-8")
    md = run("export", "--format", "markdown", "--out", str(tmp_path / "md"))
    assert md.returncode == 0 and "NOT encrypted" in md.stderr
    refused = run(
        "export", "--format", "json", "--out", str(tmp_path / "p.json"), "--include-private-notes"
    )
    assert refused.returncode == 2 and "encrypted export" in refused.stderr
    assert not (tmp_path / "p.json").exists()


def test_age_export_uses_the_export_passphrase(tmp_path: Path) -> None:
    _vault_with_a_private_note()
    out = tmp_path / "all.age"
    result = run(
        "export",
        "--format",
        "age",
        "--out",
        str(out),
        "--include-private-notes",
        COMPANION_EXPORT_PASSPHRASE="a different secret",
    )
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" not in result.stderr
    doc = json.loads(pyrage.passphrase.decrypt(out.read_bytes(), "a different secret"))
    assert doc["sessions"][0]["private_notes"] == PRIVATE
    missing = run("export", "--format", "age", "--out", str(tmp_path / "none.age"))
    assert missing.returncode == 2 and "COMPANION_EXPORT_PASSPHRASE" in missing.stderr
    assert not (tmp_path / "none.age").exists()


def test_import_previews_then_adds_once(tmp_path: Path) -> None:
    _vault_with_a_private_note()
    source = tmp_path / "all.age"
    secret = {"COMPANION_EXPORT_PASSPHRASE": "moving day"}
    assert run("export", "--format", "age", "--out", str(source), **secret).returncode == 0
    other = tmp_path / "second-laptop"
    make_vault(other)[0].close()
    dry = run("--vault", str(other), "import", str(source), "--dry-run", "--json", **secret)
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["new"]["entries"] == 1 and report["dry_run"] is True
    assert report["first_day"] == report["last_day"] == "2026-11-01"
    done = run("--vault", str(other), "import", str(source), **secret)
    assert done.returncode == 0 and "Entries: 1 new" in done.stdout
    again = run("--vault", str(other), "import", str(source), **secret)
    assert "Nothing new to import" in again.stdout
    listed = run("--vault", str(other), "journal", "list", "--json")
    assert [e["body"] for e in json.loads(listed.stdout)] == ["First steps"]


def test_import_of_a_damaged_file_says_why_and_changes_nothing(tmp_path: Path) -> None:
    _vault_with_a_private_note()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "companion-export", "version": 1, "entries": [{"id": 3}]}')
    result = run("import", str(bad))
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
    wrong = tmp_path / "x.age"
    assert (
        run(
            "export",
            "--format",
            "age",
            "--out",
            str(wrong),
            COMPANION_EXPORT_PASSPHRASE="a long passphrase",
        ).returncode
        == 0
    )
    refused = run("import", str(wrong), COMPANION_EXPORT_PASSPHRASE="b")
    assert refused.returncode == 1 and "does not open" in refused.stderr


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    _vault_with_a_private_note()
    secret = {"COMPANION_BACKUP_PASSPHRASE": "backup words"}
    for _ in range(2):
        made = run("backup", **secret)
        assert made.returncode == 0, made.stderr
    backups = sorted((Path(os.environ["COMPANION_DATA_DIR"]) / "backups").iterdir())
    assert len(backups) >= 1 and all(p.suffix == ".age" for p in backups)
    target = tmp_path / "restored"
    restored = run("restore", str(backups[-1]), "--to", str(target), **secret)
    assert restored.returncode == 0, restored.stderr
    assert "Restored and checked" in restored.stdout
    listed = run("--vault", str(target), "journal", "list", "--json")
    assert [e["body"] for e in json.loads(listed.stdout)] == ["First steps"]
    again = run("restore", str(backups[-1]), "--to", str(target), **secret)
    assert again.returncode == 1 and "never restores over a vault" in again.stderr
    wrong = run(
        "restore", str(backups[-1]), "--to", str(tmp_path / "r2"), COMPANION_BACKUP_PASSPHRASE="no"
    )
    assert wrong.returncode == 1 and "does not open this backup" in wrong.stderr
    assert not (tmp_path / "r2").exists()


def test_import_format_must_match_what_the_path_is(tmp_path: Path) -> None:
    _vault_with_a_private_note()
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2025-01-01 a.md").write_text("Hello")
    wrong = run("import", str(folder), "--format", "jrnl")
    assert wrong.returncode == 2 and "looks like markdown" in wrong.stderr
    right = run("import", str(folder), "--format", "markdown", "--json")
    assert right.returncode == 0 and json.loads(right.stdout)["new"] == {"entries": 1}


def test_daylio_import_asks_for_own_moods_then_imports(tmp_path: Path) -> None:
    _vault_with_a_private_note()
    source = tmp_path / "daylio_export.csv"
    source.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2025-03-02,March 2,Sunday,21:40,good,walk,,Saw Sam\n"
        "2025-03-01,March 1,Saturday,08:15,foggy,,,Slow start\n"
    )
    asked = run("import", str(source))
    assert asked.returncode == 1 and "foggy" in asked.stderr and "--mood" in asked.stderr
    done = run("import", str(source), "--format", "daylio", "--mood", "foggy=2", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["new"] == {"entries": 2}
    bad = run("import", str(source), "--mood", "foggy=7")
    assert bad.returncode == 2 and "LABEL=4" in bad.stderr


def test_group_pack_from_the_command_line(tmp_path: Path) -> None:
    _vault_with_a_private_note()
    out = tmp_path / "walkers.age"
    secret = {"COMPANION_EXPORT_PASSPHRASE": "group words"}
    made = run("group-pack", "Walkers", "--out", str(out), "--json", **secret)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["group"] == "Walkers"
    assert PRIVATE not in pyrage.passphrase.decrypt(out.read_bytes(), "group words").decode()
    member = tmp_path / "member"
    make_vault(member)[0].close()
    imported = run("--vault", str(member), "import", str(out), "--json", **secret)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["new"]["groups"] == 1
    missing = run("group-pack", "Nobody", "--out", str(out), **secret)
    assert missing.returncode == 1 and "No group is called" in missing.stderr


def test_a_backup_made_for_the_recovery_code_needs_nothing_typed(tmp_path: Path) -> None:
    folder = Path(os.environ["COMPANION_DATA_DIR"]) / "vaults" / "default"
    session, code = make_vault(folder)
    session.close()
    made = run("backup", "--json")
    assert made.returncode == 0, made.stderr
    report = json.loads(made.stdout)
    assert report["locked_with"] == "recovery-code"
    target = tmp_path / "restored"
    restored = run(
        "restore", report["out"], "--to", str(target), "--json", COMPANION_RECOVERY_CODE=code
    )
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout) == {"restored": str(target), "checked": True}
    wrong = run(
        "restore",
        report["out"],
        "--to",
        str(tmp_path / "r2"),
        COMPANION_RECOVERY_CODE="0000-0000-0000-0000-0000-0000",
    )
    assert wrong.returncode == 1 and "does not open this backup" in wrong.stderr


def test_an_encrypted_export_with_a_short_passphrase_is_refused_with_a_sentence(
    tmp_path: Path,
) -> None:
    _vault_with_a_private_note()
    out = tmp_path / "all.age"
    result = run(
        "export", "--format", "age", "--out", str(out), COMPANION_EXPORT_PASSPHRASE="short"
    )
    assert result.returncode != 0
    assert "at least 8 characters" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_a_backup_with_a_short_passphrase_is_refused_with_a_sentence(tmp_path: Path) -> None:
    _vault_with_a_private_note()
    out = tmp_path / "b.age"
    result = run("backup", "--out", str(out), COMPANION_BACKUP_PASSPHRASE="short")
    assert result.returncode != 0 and "at least 8 characters" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
