"""`companion group|session|handout`, end to end, with real PDFs read back by poppler."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from tests.support import TEST_PASSPHRASE, make_vault


def run(*args: str, locale: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COMPANION_PASSPHRASE=TEST_PASSPHRASE)
    if locale:
        env["LC_ALL"] = locale
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def ok(*args: str, locale: str = "") -> str:
    result = run(*args, locale=locale)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def session_id() -> str:
    """A group with a session holding sentinels where private text lives."""
    from companion.domain.groups import GroupDraft, Role
    from companion.services.access import Services

    session, _ = make_vault(Path(os.environ["COMPANION_DATA_DIR"]) / "vaults" / "default")
    services = Services(session)
    groups = services.groups
    group = groups.save_group(
        None,
        GroupDraft(
            "Tuesday group",
            place="Library",
            facilitators="Ana",
            my_role=Role.FACILITATOR,
            crisis_lines=("Samaritans: 116 123",),
        ),
    )
    sam = groups.add_member(group.id, "Sam", consent=True).member
    s = groups.add_session(group.id, datetime(2026, 12, 1, 19, 0), "Sleep and worry")
    groups.update_session(
        replace(s, private_notes="SENTINEL-PRIVATE-NOTE", tool_id="starter:box-breathing")
    )
    groups.set_attendance(
        s.id, sam.id, True, check_in="SENTINEL-CHECK-IN", check_out="SENTINEL-CHECK-OUT"
    )
    session.close()
    return s.id


def pdf_text(path: Path, *flags: str) -> str:
    tool = shutil.which("pdftotext")
    assert tool
    return subprocess.run(
        [tool, *flags, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_group_and_session_commands() -> None:
    make_vault(Path(os.environ["COMPANION_DATA_DIR"]) / "vaults" / "default")[0].close()
    ok("group", "add", "Thursday walkers", "--role", "facilitator")
    cut = ok("group", "member", "add", "Thursday walkers", "y" * 300)
    assert "cut to 40" in cut
    ok("session", "add", "Thursday walkers", "--date", "2026-12-03", "--topic", "Pacing")
    [group] = json.loads(ok("group", "list", "--json"))
    assert group["name"] == "Thursday walkers" and group["sessions"] == 1
    [session] = json.loads(ok("session", "list", "Thursday walkers", "--json"))
    assert session["starts_at"] == "2026-12-03T19:00"
    missing = run("session", "list", "Nobody")
    assert missing.returncode == 1
    assert "No group is called" in missing.stderr


def test_handout_pdf_has_agenda_agreements_and_tool_but_no_private_notes(
    session_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "handout.pdf"
    ok("handout", session_id[:8], "--out", str(out), locale="en_GB.UTF-8")
    text = pdf_text(out, "-layout")
    for expected in (
        "Tuesday group",
        "Tuesday, 1 December 2026 19:00",  # the chosen locale's dates and times
        "Peer support, not therapy",
        "Welcome",
        "19:05",
        "Reading of the agreements",
        "What is said here stays here",
        "Box breathing",
        "Breathe in through your nose for 4 counts",
        "Samaritans: 116 123",
        "Page 1 of",
    ):
        assert expected in text, expected
    assert "SENTINEL" not in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Tuesday group 01/12/2026" in info  # a real title in the metadata

    us = tmp_path / "handout-us.pdf"
    ok("handout", session_id[:8], "--out", str(us), locale="en_US.UTF-8")
    assert "Tuesday, December 1, 2026 7:00 PM" in pdf_text(us, "-layout")


def _word_heights(path: Path) -> float:
    bbox = pdf_text(path, "-bbox")
    heights = [
        float(b) - float(a)
        for a, b in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Welcome</word>',
            bbox,
        )
    ]
    assert heights
    return heights[0]


def test_large_print_really_is_larger(session_id: str, tmp_path: Path) -> None:
    normal, large = tmp_path / "n.pdf", tmp_path / "l.pdf"
    ok("handout", session_id, "--out", str(normal))
    ok("handout", session_id, "--out", str(large), "--large-print", "--paper", "letter")
    assert _word_heights(large) > 1.3 * _word_heights(normal)


def test_sections_choice_and_bad_sections(session_id: str, tmp_path: Path) -> None:
    out = tmp_path / "short.pdf"
    ok("handout", session_id, "--out", str(out), "--sections", "header,agenda")
    text = pdf_text(out)
    assert "Agenda" in text and "Our agreements" not in text
    bad = run("handout", session_id, "--out", str(tmp_path / "x.pdf"), "--sections", "diary")
    assert bad.returncode == 2
    assert "Unknown section" in bad.stderr


def test_a_handout_follows_the_chosen_language(session_id: str, tmp_path: Path) -> None:
    from companion.settings import SettingsStore

    data = Path(os.environ["COMPANION_DATA_DIR"])
    SettingsStore(data / "config" / "settings.json").update(language="de")
    out = tmp_path / "handout.pdf"
    ok("handout", session_id[:8], "--out", str(out))
    text = pdf_text(out, "-layout")
    for expected in ("Selbsthilfe unter", "Unsere Vereinbarungen", "Seite 1 von"):
        assert expected in text, expected
    assert "SENTINEL" not in text
