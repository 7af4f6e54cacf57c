"""Translation catalogues: complete for every shipped language, current with the
code, and built (.qm) rather than committed."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion import i18n
from tests.support import extracted_sources

ROOT = Path(__file__).resolve().parents[2]


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))  # noqa: S314 - our own catalogues


@pytest.mark.parametrize("language", i18n.SHIPPED)
def test_a_shipped_language_has_no_unfinished_text(language: str, tmp_path: Path) -> None:
    catalogue = ROOT / "translations" / f"companion_{language}.ts"
    unfinished = [
        m.findtext("source")
        for m in _messages(catalogue)
        if (m.find("translation") is None)
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert not unfinished, f"{language}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"
    have = {m.findtext("source") for m in _messages(catalogue)}
    missing = sorted(extracted_sources(tmp_path) - have)
    assert not missing, f"{language}: run `make translations`; new texts: {missing[:5]}"


def test_every_catalogue_is_for_its_own_language() -> None:
    for catalogue in (ROOT / "translations").glob("companion_*.ts"):
        language = catalogue.stem.removeprefix("companion_")
        root = ET.parse(catalogue).getroot()  # noqa: S314 - our own catalogues
        assert (root.get("language") or "").split("_")[0] == language


def test_compiled_catalogues_are_never_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.qm"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert tracked.stdout.strip() == ""
