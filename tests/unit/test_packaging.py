"""What the installed package needs: every subpackage listed, data files reachable."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT / "src").parts)
        for p in (ROOT / "src" / "companion").rglob("__init__.py")
    }
    found.add("companion.resources")
    assert found == listed


def test_migrations_are_package_data() -> None:
    folder = resources.files("companion.vault") / "migrations"
    assert any(item.name.endswith(".sql") for item in folder.iterdir())


def test_resources_are_importable_as_a_package() -> None:
    assert resources.files("companion.resources").is_dir()


def test_cli_subcommands_do_not_load_the_gui_stack() -> None:
    import subprocess
    import sys

    code = (
        "import sys, companion.cli\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'cli imported widgets'\n"
        "print('light')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_prompts_ship_and_rotate_daily() -> None:
    from datetime import date

    from companion.services import content

    items = content.prompts("en")
    assert "What helped today?" in items
    assert content.prompts("xx") == items  # unknown language falls back to English
    today = content.prompt_of_the_day(date(2026, 11, 26))
    assert today in items
    assert today != content.prompt_of_the_day(date(2026, 11, 27))


def _tool(name: str) -> str:
    import shutil

    import pytest

    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


def test_the_desktop_file_validates() -> None:
    import subprocess

    for path in (ROOT / "packaging" / "linux").glob("*.desktop"):
        result = subprocess.run(
            [_tool("desktop-file-validate"), str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_appstream_metainfo_validates() -> None:
    import subprocess

    for path in (ROOT / "packaging" / "linux").glob("*.metainfo.xml"):
        result = subprocess.run(
            [_tool("appstreamcli"), "validate", "--no-net", str(path)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
