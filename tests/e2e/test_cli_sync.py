"""`companion sync`, end to end: two vaults, one folder, the passphrase from the environment."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli_export import run
from tests.support import make_vault


def test_two_vaults_sync_through_a_folder(tmp_path: Path) -> None:
    shared = tmp_path / "Sync"
    shared.mkdir()
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    for folder in (laptop, desktop):
        make_vault(folder)[0].close()
    secret = {"COMPANION_SYNC_PASSPHRASE": "shared words"}
    status = run("--vault", str(laptop), "sync", "status", "--json")
    assert json.loads(status.stdout)["configured"] is False
    added = run("--vault", str(laptop), "journal", "add", "--date", "2026-11-20", "Walked")
    assert added.returncode == 0, added.stderr
    first = run("--vault", str(laptop), "sync", "--folder", str(shared), **secret)
    assert first.returncode == 0, first.stderr
    assert "Set up a new sync folder" in first.stdout and "Sent 1 changes" in first.stdout
    wrong = run(
        "--vault", str(desktop), "sync", "--folder", str(shared), COMPANION_SYNC_PASSPHRASE="no"
    )
    assert wrong.returncode == 1 and "does not open this sync folder" in wrong.stderr
    joined = run("--vault", str(desktop), "sync", "--folder", str(shared), "--json", **secret)
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)["received"] == 1
    listed = run("--vault", str(desktop), "journal", "list", "--json")
    assert [e["body"] for e in json.loads(listed.stdout)] == ["Walked"]
    again = run("--vault", str(desktop), "sync")
    assert again.returncode == 0 and "received 0" in again.stdout
    status = json.loads(run("--vault", str(desktop), "sync", "status", "--json").stdout)
    assert status["configured"] and status["waiting"] == 0 and status["last_sync"]
    unsafe = run("--vault", str(desktop), "sync", "--folder", str(tmp_path), **secret)
    assert unsafe.returncode == 1 and "vault is inside that folder" in unsafe.stderr
    assert "Traceback" not in unsafe.stderr


def test_a_new_sync_folder_with_a_short_passphrase_is_refused_with_a_sentence(
    tmp_path: Path,
) -> None:
    shared, laptop = tmp_path / "Sync", tmp_path / "laptop"
    shared.mkdir()
    make_vault(laptop)[0].close()
    result = run(
        "--vault", str(laptop), "sync", "--folder", str(shared), COMPANION_SYNC_PASSPHRASE="no"
    )
    assert result.returncode == 1 and "at least 8 characters" in result.stderr
    assert "Traceback" not in result.stderr and list(shared.iterdir()) == []
