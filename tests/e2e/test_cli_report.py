"""`companion report` writes a real PDF whose text pdftotext can read back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support import TEST_PASSPHRASE, make_vault

SECRET = "Words only for my journal"


@pytest.fixture(autouse=True)
def vault() -> None:
    session, _ = make_vault(Path(os.environ["COMPANION_DATA_DIR"]) / "vaults" / "default")
    from companion.domain.journal import EntryDraft, Mood
    from companion.domain.trackers import TrackerKind
    from companion.services.access import Services

    services = Services(session)
    sleep = services.journal.add_tracker("Sleep", TrackerKind.NUMBER, unit="h")
    today = date.today()
    for i in range(40):
        services.journal.save(
            None,
            EntryDraft(
                day=today - timedelta(days=i),
                body=f"{SECRET} {i}",
                mood=Mood(2 + i % 3),
                win=i % 10 == 0,
                title=f"Day {i}",
                trackers={sleep.id: 6 + i % 3},
            ),
        )
    session.close()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COMPANION_PASSPHRASE=TEST_PASSPHRASE)
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (poppler-utils) is needed; .ci/run installs it"
    return subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_report_has_charts_titles_and_averages_but_no_journal_text(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    first = (date.today() - timedelta(days=60)).isoformat()
    result = run("report", "--from", first, "--to", date.today().isoformat(), "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    for expected in (
        "Progress report",
        "Mood",
        "Sleep",
        "Small wins per week",
        "Average over the period: 3.0",
        "Average over the period: 7.0 h",
    ):
        assert expected in text, expected
    assert SECRET not in text
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_chosen_entries_are_included(tmp_path: Path) -> None:
    listed = json.loads(run("journal", "list", "--limit", "1", "--json").stdout)
    out = tmp_path / "with-entry.pdf"
    result = run(
        "report",
        "--from",
        "2020-01-01",
        "--to",
        date.today().isoformat(),
        "--out",
        str(out),
        "--entry",
        listed[0]["id"][:8],
    )
    assert result.returncode == 0, result.stderr
    assert f"{SECRET} 0" in pdf_text(out)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--from", "2026-12-01", "--to", "2026-01-01"), 2, "Swap them"),
        (("--from", "2026-01-01", "--to", "2026-02-01", "--entry", "deadbeef"), 1, "No entry"),
    ],
)
def test_bad_report_requests(
    tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    result = run("report", *args, "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == code
    assert message in result.stderr
    assert not (tmp_path / "r.pdf").exists()
