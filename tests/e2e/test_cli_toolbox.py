"""`companion toolbox`, `safety-plan` and `cards`, end to end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import TEST_PASSPHRASE, make_vault


@pytest.fixture(autouse=True)
def vault() -> None:
    make_vault(Path(os.environ["COMPANION_DATA_DIR"]) / "vaults" / "default")[0].close()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COMPANION_PASSPHRASE=TEST_PASSPHRASE)
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def ok(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool
    return subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_list_add_use_and_ranking() -> None:
    listed = json.loads(ok("toolbox", "list", "--json"))
    assert len(listed) >= 25
    assert {"id", "title", "category", "steps"} <= set(listed[0])
    added = ok("toolbox", "add", "Call Jo", "--category", "reaching-out", "--steps", "Ring.")
    jo = added.split()[-1]
    ok("toolbox", "use", jo, "--before", "8", "--after", "3", "--note", "helped")
    ok("toolbox", "use", "starter:box-breathing", "--before", "6", "--after", "5")
    ranking = json.loads(ok("toolbox", "ranking", "--json"))
    assert ranking[0]["id"] == jo
    assert ranking[0]["uses"] == 1
    assert ranking[0]["mean_drop"] == 5


@pytest.mark.parametrize(
    "args",
    [
        ("toolbox", "use", "starter:pmr", "--before", "11", "--after", "3"),
        ("toolbox", "use", "starter:pmr", "--before", "5", "--after", "-1"),
        ("toolbox", "add", "   ", "--category", "body"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_safety_plan_show_and_print_and_cards(tmp_path: Path) -> None:
    shown = json.loads(ok("safety-plan", "show", "--json"))
    assert set(shown) == {str(i) for i in range(1, 8)}
    out = tmp_path / "plan.pdf"
    ok("safety-plan", "print", "--out", str(out))
    assert "My safety plan" in pdf_text(out)
    cards = tmp_path / "cards.pdf"
    ok("cards", "--ids", "starter:box-breathing,starter:grounding-54321", "--out", str(cards))
    text = pdf_text(cards)
    assert "Box breathing" in text and "5-4-3-2-1 grounding" in text
    assert "not medical advice" in text
    bad = run("cards", "--ids", "nope", "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode == 1
    assert not (tmp_path / "x.pdf").exists()


def test_resources_add_and_list() -> None:
    ok(
        "resources",
        "add",
        "Dr Amal Hart",
        "--kind",
        "professional",
        "--contact",
        "0800-TALK",
        "--rating",
        "5",
        "--tag",
        "cbt",
    )
    ok("resources", "add", "Night line", "--kind", "hotline", "--contact", "116 123")
    listed = json.loads(ok("resources", "list", "--json"))
    assert [r["name"] for r in listed] == ["Dr Amal Hart", "Night line"]
    assert listed[0]["contact"] == "0800-TALK"
    assert [
        r["name"] for r in json.loads(ok("resources", "list", "--kind", "hotline", "--json"))
    ] == ["Night line"]
    assert [r["name"] for r in json.loads(ok("resources", "list", "--tag", "cbt", "--json"))] == [
        "Dr Amal Hart"
    ]
    bad = run("resources", "add", "  ", "--kind", "clinic")
    assert bad.returncode == 2
