"""The command line, end to end, in subprocesses with the real KDF."""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion import __version__
from tests.support import vault_held_elsewhere

PASS = "correct horse battery staple"
CODE = re.compile(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})$", re.MULTILINE)


def run(
    *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ)
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def vault_dir() -> Path:
    return Path(os.environ["COMPANION_DATA_DIR"]) / "vaults" / "default"


@pytest.fixture
def code(vault_dir: Path) -> str:
    result = run("init", env={"COMPANION_PASSPHRASE": PASS})
    assert result.returncode == 0, result.stderr
    match = CODE.search(result.stdout)
    assert match, result.stdout
    return match.group(1)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"companion {__version__}"


def test_help_warns_that_the_environment_is_less_safe() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "COMPANION_PASSPHRASE" in result.stdout
    assert "less safe" in result.stdout


def test_usage_errors_exit_2() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in one_line_error(result)
    result = run("check", "--bogus")
    assert result.returncode == 2
    one_line_error(result)


def test_check_without_a_vault_exits_1() -> None:
    result = run("check", env={"COMPANION_PASSPHRASE": PASS})
    assert result.returncode == 1
    assert "No vault was found" in one_line_error(result)


def test_init_refuses_a_short_passphrase() -> None:
    result = run("init", env={"COMPANION_PASSPHRASE": "short"})
    assert result.returncode == 2
    assert "at least 8" in one_line_error(result)


def test_init_check_and_wrong_passphrase(code: str) -> None:
    assert run("check", env={"COMPANION_PASSPHRASE": PASS}).returncode == 0
    wrong = run("check", env={"COMPANION_PASSPHRASE": "not the one"})
    assert wrong.returncode == 3
    assert "did not open" in one_line_error(wrong)
    again = run("init", env={"COMPANION_PASSPHRASE": PASS})
    assert again.returncode == 1
    assert "already exists" in one_line_error(again)


def test_passphrase_from_stdin_when_not_a_terminal(code: str) -> None:
    assert run("check", stdin=PASS + "\n").returncode == 0
    empty = run("check", stdin="")
    assert empty.returncode == 2
    assert "COMPANION_PASSPHRASE" in one_line_error(empty)


def test_passwd(code: str) -> None:
    new = "a different long passphrase"
    result = run("passwd", env={"COMPANION_PASSPHRASE": PASS, "COMPANION_NEW_PASSPHRASE": new})
    assert result.returncode == 0, result.stderr
    assert run("check", env={"COMPANION_PASSPHRASE": PASS}).returncode == 3
    assert run("check", env={"COMPANION_PASSPHRASE": new}).returncode == 0
    bad = run("passwd", env={"COMPANION_PASSPHRASE": "nope nope", "COMPANION_NEW_PASSPHRASE": new})
    assert bad.returncode == 3


def test_recover(code: str) -> None:
    new = "found my way back in"
    wrong = run(
        "recover",
        env={
            "COMPANION_RECOVERY_CODE": "0000-0000-0000-0000-0000-0000",
            "COMPANION_NEW_PASSPHRASE": new,
        },
    )
    assert wrong.returncode == 3
    assert "recovery code did not open" in one_line_error(wrong)
    result = run(
        "recover", env={"COMPANION_RECOVERY_CODE": code.lower(), "COMPANION_NEW_PASSPHRASE": new}
    )
    assert result.returncode == 0, result.stderr
    assert run("check", env={"COMPANION_PASSPHRASE": new}).returncode == 0


def test_rekey_gives_a_new_recovery_code(code: str) -> None:
    result = run("rekey", env={"COMPANION_PASSPHRASE": PASS})
    assert result.returncode == 0, result.stderr
    match = CODE.search(result.stdout)
    assert match
    new_code = match.group(1)
    assert new_code != code
    env = {"COMPANION_NEW_PASSPHRASE": "after the rekey ok"}
    assert run("recover", env={**env, "COMPANION_RECOVERY_CODE": code}).returncode == 3
    assert run("recover", env={**env, "COMPANION_RECOVERY_CODE": new_code}).returncode == 0


def test_damaged_vault_exits_4(code: str, vault_dir: Path) -> None:
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[300] ^= 0xFF
    db.write_bytes(bytes(data))
    result = run("check", env={"COMPANION_PASSPHRASE": PASS})
    assert result.returncode == 4
    assert "damaged" in one_line_error(result)


def test_missing_key_file_exits_4(code: str, vault_dir: Path) -> None:
    (vault_dir / "keys.json").unlink()
    result = run("check", env={"COMPANION_PASSPHRASE": PASS})
    assert result.returncode == 4
    assert "keys.json" in one_line_error(result)


def test_vault_in_use_exits_5(code: str, vault_dir: Path) -> None:
    with vault_held_elsewhere(vault_dir, PASS):
        result = run("check", env={"COMPANION_PASSPHRASE": PASS})
    assert result.returncode == 5
    assert "already open" in one_line_error(result)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
def test_prompt_does_not_echo_the_passphrase(tmp_path: Path) -> None:
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # child
        os.execvpe(sys.executable, [sys.executable, "-m", "companion", "init"], dict(os.environ))  # noqa: S606
    output = b""

    def read_until(marker: bytes, timeout: float = 30) -> None:
        nonlocal output
        end = time.monotonic() + timeout
        while marker not in output and time.monotonic() < end:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    output += os.read(fd, 4096)
                except OSError:
                    break

    read_until(b"New passphrase:")
    os.write(fd, PASS.encode() + b"\n")
    read_until(b"Type it again:")
    os.write(fd, PASS.encode() + b"\n")
    read_until(b"shown only this once", timeout=60)
    read_until(b"or this code.", timeout=10)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, output
    assert PASS.encode() not in output
    assert CODE.search(output.decode().replace("\r", ""))


def test_after_an_interrupted_rekey_the_next_command_prints_a_new_recovery_code(
    code: str, vault_dir: Path
) -> None:
    from companion.vault import keys, vault

    session = vault.unlock(vault_dir, PASS)  # then die between rekey and the last write
    path = vault_dir / vault.KEYS_NAME
    new_key = os.urandom(32)
    pending = keys.passphrase_slot(new_key, PASS, session.vault_id, keys.FAST_KDF)
    old = keys.KeyFile.load(path)
    keys.KeyFile(old.vault_id, old.slots, {keys.PASSPHRASE: pending}).save(path)
    session.db.rekey(new_key)
    session.close()

    result = run("check", env={"COMPANION_PASSPHRASE": PASS})
    assert result.returncode == 0, result.stderr
    assert "recovery code no longer" in result.stderr
    match = CODE.search(result.stderr)
    assert match, result.stderr
    env = {"COMPANION_NEW_PASSPHRASE": "after the interrupted rekey"}
    assert run("recover", env={**env, "COMPANION_RECOVERY_CODE": code}).returncode == 3
    assert run("recover", env={**env, "COMPANION_RECOVERY_CODE": match.group(1)}).returncode == 0


def test_an_emptied_database_exits_4_with_its_own_sentence(code: str, vault_dir: Path) -> None:
    db = vault_dir / "vault.db"
    db.write_bytes(b"")
    result = run("check", env={"COMPANION_PASSPHRASE": PASS})
    assert result.returncode == 4
    line = one_line_error(result)
    assert "vault.db" in line and "keys.json" not in line
    assert db.stat().st_size == 0
