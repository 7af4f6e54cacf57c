"""Exports: JSON, age and Markdown, with what each may and may not contain."""

from __future__ import annotations

import errno
import json
import os
import pty
import select
import shutil
import time
from pathlib import Path

import pyrage
import pytest

from companion.exchange import export, markdown_format
from companion.exchange.json_format import FORMAT, VERSION, Cancelled
from companion.services.access import Services
from companion.vault import files
from tests.unit.exchange.conftest import PNG, PRIVATE

PASSPHRASE = "correct horse battery staple"


def test_json_export_holds_every_kind_of_record_and_no_private_notes(
    filled: Services, tmp_path: Path
) -> None:
    out = tmp_path / "export.json"
    assert export.export_json(filled.session.db, out) == 3
    raw = out.read_text("utf-8")
    assert PRIVATE not in raw
    doc = json.loads(raw)
    assert (doc["format"], doc["version"], doc["includes_private_notes"]) == (
        FORMAT,
        VERSION,
        False,
    )
    first = doc["entries"][0]
    assert first["title"] == "A calmer day" and first["mood"] == 4 and first["win"] is True
    assert sorted(first["tags"]) == ["river", "walk"]
    assert list(first["trackers"].values()) == [7.5]
    [picture_entry] = [e for e in doc["entries"] if e["pictures"]]
    assert picture_entry["pictures"][0]["data"]
    for kind in ("trackers", "strategies", "safety_plan", "resources", "groups", "sessions"):
        assert doc[kind], kind
    assert "private_notes" not in doc["sessions"][0]
    assert os.stat(out).st_mode & 0o077 == 0


def test_age_export_decrypts_with_pyrage_and_private_notes_only_when_asked(
    filled: Services, tmp_path: Path
) -> None:
    plain = tmp_path / "no-private.age"
    export.export_age(filled.session.db, plain, PASSPHRASE)
    data = plain.read_bytes()
    assert data.startswith(b"age-encryption.org/v1") and b"calmer" not in data
    assert PRIVATE not in pyrage.passphrase.decrypt(data, PASSPHRASE).decode()
    private = tmp_path / "private.age"
    export.export_age(filled.session.db, private, PASSPHRASE, include_private=True)
    doc = json.loads(pyrage.passphrase.decrypt(private.read_bytes(), PASSPHRASE))
    assert doc["includes_private_notes"] is True
    assert doc["sessions"][0]["private_notes"] == PRIVATE
    with pytest.raises(export.ExportError):
        export.export_age(filled.session.db, tmp_path / "x.age", "")


def _age_decrypt_through_a_terminal(source: Path, target: Path, passphrase: str) -> int:
    """`age -d` reads the passphrase from its terminal, so give it a real one."""
    tool = shutil.which("age")
    assert tool, "the age command-line tool is installed by .ci/run"
    pid, fd = pty.fork()
    if pid == 0:  # the child: age, with the pty as its controlling terminal
        os.execv(tool, [tool, "--decrypt", "--output", str(target), str(source)])  # noqa: S606
    seen = b""
    deadline = time.monotonic() + 30
    sent = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        if not sent and b"passphrase" in seen.lower():
            os.write(fd, passphrase.encode() + b"\r")
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert sent, seen
    return os.waitstatus_to_exitcode(status)


def test_age_export_decrypts_with_the_age_command_line_tool(
    filled: Services, tmp_path: Path
) -> None:
    source = tmp_path / "export.age"
    export.export_age(filled.session.db, source, PASSPHRASE)
    target = tmp_path / "decrypted.json"
    assert _age_decrypt_through_a_terminal(source, target, PASSPHRASE) == 0
    assert json.loads(target.read_text("utf-8"))["entries"][0]["title"] == "A calmer day"
    wrong = tmp_path / "wrong.json"
    assert _age_decrypt_through_a_terminal(source, wrong, "not it") != 0
    assert not wrong.exists() or wrong.stat().st_size == 0


def test_markdown_folder_has_front_matter_pictures_and_toolbox_files(
    filled: Services, tmp_path: Path
) -> None:
    out = tmp_path / "My journal"
    assert export.export_markdown(filled.session.db, out) == 3
    names = sorted(p.name for p in (out / "entries").iterdir())
    assert names == [
        "2026-11-20-a-calmer-day-2.md",
        "2026-11-20-a-calmer-day.md",
        "2026-11-21-entry.md",
    ]
    text = (out / "entries" / "2026-11-20-a-calmer-day.md").read_text("utf-8")
    head, body = text.split("---\n", 2)[1:]
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    assert json.loads(fields["tags"]) and json.loads(fields["trackers"]) == {"Sleep": 7.5}
    assert (fields["date"], fields["mood"], fields["win"]) == ("2026-11-20", "4", "true")
    assert "Walked by the river." in body
    picture = out / "attachments" / "2026-11-21-entry" / "sky.png"
    assert picture.read_bytes() == PNG
    assert "![sky.png](../attachments/2026-11-21-entry/sky.png)" in (
        out / "entries" / "2026-11-21-entry.md"
    ).read_text("utf-8")
    assert "Box breathing" in (out / "strategies.md").read_text("utf-8")
    plan = (out / "safety-plan.md").read_text("utf-8")
    assert "- My sister (07700 900123)" in plan and "1. My warning signs" in plan
    assert "Night line" in (out / "resources.md").read_text("utf-8")
    everything = "".join(p.read_text("utf-8") for p in out.rglob("*.md"))
    assert PRIVATE not in everything


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("/abs/x.png", "x.png"),
        ("..\\win.png", "win.png"),
        (".hidden.png", "hidden.png"),
        ("a:b*c?.png", "a_b_c_.png"),
        ("..", "picture"),
        ("", "picture"),
    ],
)
def test_picture_names_cannot_leave_their_folder(name: str, safe: str) -> None:
    assert markdown_format.safe_name(name) == safe


def test_markdown_export_refuses_a_folder_with_files_in_it(
    filled: Services, tmp_path: Path
) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(export.ExportError, match="not empty"):
        export.export_markdown(filled.session.db, tmp_path / "full")
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"


def test_cancelled_export_leaves_no_file(filled: Services, tmp_path: Path) -> None:
    def stop(done: int, total: int) -> bool:
        return False

    with pytest.raises(Cancelled):
        export.export_json(filled.session.db, tmp_path / "x.json", progress=stop)
    with pytest.raises(Cancelled):
        export.export_markdown(filled.session.db, tmp_path / "md", progress=stop)
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"]


def test_export_to_a_missing_folder_is_a_sentence(filled: Services, tmp_path: Path) -> None:
    with pytest.raises(export.ExportError, match="does not exist"):
        export.export_json(filled.session.db, tmp_path / "nowhere" / "x.json")


def test_full_disk_leaves_no_partial_file(
    filled: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC cannot be caused on demand portably, so the write call reports it."""
    out = tmp_path / "out"
    out.mkdir()

    def no_space(*args: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "write", no_space)
    with pytest.raises(export.ExportError, match="disk is full"):
        export.export_json(filled.session.db, out / "x.json")
    calls = {"n": 0}
    real_write = markdown_format._write

    def fills_up(path: Path, data: str | bytes) -> None:
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write(path, data)

    monkeypatch.setattr(markdown_format, "_write", fills_up)
    with pytest.raises(export.ExportError, match="disk is full"):
        export.export_markdown(filled.session.db, out / "md")
    assert list(out.iterdir()) == []


def test_an_encrypted_export_never_writes_plaintext(
    filled: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every byte that reaches the disk is already encrypted: no plaintext temp file."""
    written: list[bytes] = []
    real = files.write_atomic

    def spy(path: Path, data: bytes) -> None:
        written.append(bytes(data))
        real(path, data)

    monkeypatch.setattr(export, "write_atomic", spy)
    export.export_age(filled.session.db, tmp_path / "x.age", PASSPHRASE, include_private=True)
    assert len(written) == 1 and written[0].startswith(b"age-encryption.org/v1")
    assert b"calmer" not in written[0] and PRIVATE.encode() not in written[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault", "x.age"]


def test_an_encrypted_export_needs_a_passphrase_fit_to_travel(
    filled: Services, tmp_path: Path
) -> None:
    from companion.exchange import companion_import
    from companion.exchange.json_format import build_export

    for weak in ("x", "1234567"):
        with pytest.raises(export.ExportError) as caught:
            export.export_age(filled.session.db, tmp_path / "weak.age", weak)
        assert "at least 8 characters" in str(caught.value)
    assert not list(tmp_path.glob("*.age"))
    # An export made before the rule, with a short passphrase, still reads.
    old = tmp_path / "old.age"
    document = build_export(filled.session.db, include_private=False)
    old.write_bytes(pyrage.passphrase.encrypt(export.to_json_bytes(document), "x"))
    assert companion_import.read_file(old, "x")
