"""`companion journal ...` end to end, on a vault made with cheap keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support import TEST_PASSPHRASE, make_vault


@pytest.fixture(autouse=True)
def vault() -> None:
    make_vault(Path(os.environ["COMPANION_DATA_DIR"]) / "vaults" / "default")[0].close()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COMPANION_PASSPHRASE=TEST_PASSPHRASE)
    return subprocess.run(
        [sys.executable, "-m", "companion", "journal", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def ok(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def add(*args: str) -> str:
    return ok("add", *args).split()[-1]


def test_add_list_show_search_delete_with_json() -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    walk = add(
        "Walked to the café with Sam.",
        "--title",
        "Good walk",
        "--mood",
        "4",
        "--tag",
        "walk",
        "--tag",
        "friends",
        "--win",
    )
    sleep = add("Slept badly, woke at 4.", "--date", yesterday, "--mood", "2", "--tag", "sleep")

    listed = json.loads(ok("list", "--json"))
    assert [e["id"] for e in listed] == [walk, sleep]
    first = listed[0]
    assert {"id", "date", "title", "body", "mood", "tags", "win"} <= set(first)
    assert first["title"] == "Good walk"
    assert first["mood"] == 4
    assert first["tags"] == ["walk", "friends"]
    assert first["win"] is True
    assert listed[1]["date"] == yesterday

    assert [e["id"] for e in json.loads(ok("list", "--tag", "sleep", "--json"))] == [sleep]
    assert [
        e["id"] for e in json.loads(ok("list", "--since", date.today().isoformat(), "--json"))
    ] == [walk]
    assert [e["id"] for e in json.loads(ok("list", "--limit", "1", "--json"))] == [walk]

    shown = json.loads(ok("show", walk[:8], "--json"))
    assert shown["body"] == "Walked to the café with Sam."
    assert "Good walk" in ok("show", walk)

    hits = json.loads(ok("search", "cafe", "--json"))
    assert [h["id"] for h in hits] == [walk]
    assert "[café]" in ok("search", "café")

    assert "Deleted" in ok("delete", walk[:8])
    assert json.loads(ok("search", "cafe", "--json")) == []
    assert [e["id"] for e in json.loads(ok("list", "--json"))] == [sleep]


def test_empty_entry_is_not_saved_and_not_an_error() -> None:
    assert "Nothing to save" in ok("add", "   ")
    assert json.loads(ok("list", "--json")) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "x", "--date", "2999-01-01"), "future"),
        (("add", "x", "--date", "yesterday"), "not a date"),
        (("add", "x", "--mood", "9"), "1 (very low) to 5"),
        (("list", "--tag", "unknown"), 'No entry has the tag "unknown"'),
        (("list", "--limit", "0"), "--limit"),
    ],
)
def test_bad_input_is_a_usage_error_with_one_sentence(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unknown_id_exits_1() -> None:
    result = run("show", "deadbeef")
    assert result.returncode == 1
    assert "No entry has the id" in result.stderr


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "*"])
def test_search_syntax_never_crashes(query: str) -> None:
    add("and near words")
    assert run("search", query, "--json").returncode == 0


def test_wrong_passphrase_exits_3() -> None:
    env = dict(os.environ, COMPANION_PASSPHRASE="not the passphrase")
    result = subprocess.run(
        [sys.executable, "-m", "companion", "journal", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 3
