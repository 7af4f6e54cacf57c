from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from companion.vault.remember import KeyringStore, KeyringUnavailable
from tests.support import MemoryKeyring


def test_round_trip_and_delete() -> None:
    backend = MemoryKeyring()
    store = KeyringStore(lambda: backend)
    store.check()
    store.set("v1", bytes(range(32)))
    assert store.get("v1") == bytes(range(32))
    store.delete("v1")
    store.delete("v1")  # deleting twice is fine
    assert store.get("v1") is None


def test_garbage_in_the_keyring_reads_as_nothing() -> None:
    backend = MemoryKeyring()
    backend.store[("Companion vault key", "v1")] = "not hex"
    assert KeyringStore(lambda: backend).get("v1") is None


def test_the_fail_backend_is_unavailable_with_a_reason() -> None:
    from keyring.backends.fail import Keyring

    with pytest.raises(KeyringUnavailable, match="No system keyring"):
        KeyringStore(Keyring).check()


def test_a_hanging_backend_times_out() -> None:
    release = threading.Event()

    class Hang(MemoryKeyring):
        def get_password(self, service: str, user: str) -> str | None:
            release.wait()
            return None

    try:
        with pytest.raises(KeyringUnavailable, match="did not answer"):
            KeyringStore(Hang, timeout=0.2).get("v1")
    finally:
        release.set()


def test_a_backend_that_raises_is_unavailable() -> None:
    class Broken(MemoryKeyring):
        def set_password(self, service: str, user: str, value: str) -> None:
            raise RuntimeError("boom")

    with pytest.raises(KeyringUnavailable, match="reported an error"):
        KeyringStore(Broken).set("v1", bytes(32))


REAL = """
from companion.vault.remember import KeyringStore
import keyring
backend = keyring.get_keyring()
assert type(backend).__module__ == "keyring.backends.SecretService", backend
store = KeyringStore()
store.check()
store.set("vault-x", bytes(range(32)))
assert store.get("vault-x") == bytes(range(32))
store.delete("vault-x")
assert store.get("vault-x") is None
print("secret service ok")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is Linux")
def test_real_secret_service_from_gnome_keyring(tmp_path: Path) -> None:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is needed; .ci/run installs it"
    # An unlocked, unencrypted "login" keyring, so the daemon needs no prompt.
    keyrings = tmp_path / "share" / "keyrings"
    keyrings.mkdir(parents=True)
    (keyrings / "login.keyring").write_text(
        "[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n"
    )
    (keyrings / "default").write_text("login")
    env: dict[str, Any] = dict(os.environ)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"))
    script = tmp_path / "real.py"
    script.write_text(REAL)
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            'gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; exec "$0" "$1"',
            sys.executable,
            str(script),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "secret service ok" in result.stdout


# -- the remember slot: a keyring secret that wraps the data key -------------------------


def test_the_remember_slot_opens_and_a_passphrase_change_ends_it(tmp_path: Path) -> None:
    from companion.vault import keys, vault
    from companion.vault.errors import NotRemembered
    from tests.support import make_vault

    folder = tmp_path / "vault"
    session, _ = make_vault(folder)
    secret = session.remember()
    assert len(secret) == 32 and secret != session.data_key()
    session.close()
    assert "remember" in (folder / "keys.json").read_text()
    again = vault.unlock_remembered(folder, secret)
    again.change_passphrase("another long passphrase", keys.FAST_KDF)
    again.close()
    assert "remember" not in (folder / "keys.json").read_text()
    with pytest.raises(NotRemembered):
        vault.unlock_remembered(folder, secret)
    vault.unlock(folder, "another long passphrase").close()


def test_a_wrong_secret_or_a_forgotten_slot_opens_nothing(tmp_path: Path) -> None:
    from companion.vault import keys, vault
    from companion.vault.errors import NotRemembered
    from tests.support import TEST_PASSPHRASE, make_vault

    folder = tmp_path / "vault"
    session, _ = make_vault(folder)
    secret = session.remember()
    session.close()
    with pytest.raises(NotRemembered):
        vault.unlock_remembered(folder, os.urandom(32))
    session = vault.unlock_remembered(folder, secret)
    session.forget_remembered()
    session.close()
    with pytest.raises(NotRemembered):
        vault.unlock_remembered(folder, secret)
    session = vault.unlock(folder, TEST_PASSPHRASE)
    secret = session.remember()
    session.reencrypt(TEST_PASSPHRASE, keys.FAST_KDF)
    session.close()
    with pytest.raises(NotRemembered):
        vault.unlock_remembered(folder, secret)


def test_an_older_companion_still_reads_a_key_file_with_a_remember_slot(tmp_path: Path) -> None:
    """The slot sits beside the others, where an older version does not look."""
    import json

    from companion.vault import keys
    from tests.support import make_vault

    folder = tmp_path / "vault"
    session, _ = make_vault(folder)
    session.remember()
    session.close()
    body = json.loads((folder / "keys.json").read_text())
    assert {s["type"] for s in body["slots"]} == {keys.PASSPHRASE, keys.RECOVERY}
    assert body["remember"]["type"] == "remember"
