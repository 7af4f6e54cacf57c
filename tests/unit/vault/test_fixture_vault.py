"""A vault written by version 0.1 must keep opening in every later version.

If this fails, a change broke the pinned cipher settings, the key file format
or a migration. Never regenerate the fixture to make it pass.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from companion.vault import vault

FIXTURE = Path(__file__).parents[2] / "fixtures" / "vault-v1"
PASSPHRASE = "quiet river stones"
RECOVERY_CODE = "19XX-EN50-AF04-K73K-79NM-VR6Q"
VAULT_ID = "40a77b16-05ef-4466-bce7-9a128c525938"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "vault-v1"
    shutil.copytree(FIXTURE, target)
    return target


def test_fixture_opens_with_its_passphrase(copy: Path) -> None:
    session = vault.unlock(copy, PASSPHRASE)
    assert session.vault_id == VAULT_ID
    body = session.db.scalar("SELECT body FROM drafts WHERE slot = 'fixture'")
    assert body == "The fixture vault still opens."
    assert session.check() == []
    session.close()


def test_fixture_opens_with_its_recovery_code(copy: Path) -> None:
    vault.unlock_with_recovery_code(copy, RECOVERY_CODE).close()
