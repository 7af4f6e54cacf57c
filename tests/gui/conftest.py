"""GUI test wiring: the real window with cheap keys, scripted dialogs and a fake keyring."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication, QWidget

from companion.app import Built, build_window
from companion.paths import Paths
from companion.ui.widgets.dialogs import Dialogs
from companion.vault import keys
from companion.vault.remember import KeyringStore
from tests.support import MemoryKeyring


class ScriptedDialogs(Dialogs):
    """Answers dialogs from queues instead of showing them; records what was asked."""

    def __init__(self) -> None:
        self.save_paths: list[Path | None] = []
        self.open_paths: list[Path | None] = []
        self.confirms: list[bool] = []
        self.passphrases: list[str | None] = []
        self.texts: list[str | None] = []
        self.choices: list[int | None] = []
        self.mood_maps: list[dict[str, int | None] | None] = []
        self.suggested_moods: list[dict[str, int | None]] = []
        self.asked: list[str] = []

    def save_path(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        self.asked.append(title)
        return self.save_paths.pop(0)

    def open_path(self, parent: QWidget, title: str, start: Path, filters: str) -> Path | None:
        self.asked.append(title)
        return self.open_paths.pop(0)

    def open_folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        self.asked.append(title)
        return self.open_paths.pop(0)

    def confirm(
        self, parent: QWidget, title: str, text: str, accept_label: str, reject_label: str
    ) -> bool:
        self.asked.append(title)
        return self.confirms.pop(0)

    def choose(self, parent: QWidget, title: str, text: str, options: list[str]) -> int | None:
        self.asked.append(title)
        return self.choices.pop(0)

    def ask_text(self, parent: QWidget, title: str, label: str) -> str | None:
        self.asked.append(title)
        return self.texts.pop(0)

    def ask_passphrase(self, parent: QWidget, title: str, label: str) -> str | None:
        self.asked.append(title)
        return self.passphrases.pop(0)

    def map_moods(
        self, parent: QWidget, suggested: dict[str, int | None]
    ) -> dict[str, int | None] | None:
        self.asked.append("map moods")
        self.suggested_moods.append(suggested)
        return self.mood_maps.pop(0)


class HangingKeyring(MemoryKeyring):
    """A Secret Service that accepts the call and never answers."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, user: str) -> str | None:
        self.release.wait()
        return None

    set_password = get_password  # type: ignore[assignment]


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, user: str) -> str | None:
        from keyring.errors import KeyringError

        raise KeyringError("backend exploded")

    set_password = get_password  # type: ignore[assignment]


def fail_backend() -> Any:
    from keyring.backends.fail import Keyring

    return Keyring()


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.resolve(tmp_path / "data")


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def keyring_backend() -> Any:
    return fail_backend()


@pytest.fixture
def built(
    qapp: QApplication, qtbot: Any, paths: Paths, dialogs: ScriptedDialogs, keyring_backend: Any
) -> Iterator[Built]:
    result = build_window(
        qapp,
        paths,
        kdf_policy=lambda: keys.FAST_KDF,
        keyring=KeyringStore(lambda: keyring_backend, timeout=0.3),
        dialogs=dialogs,
        screen_lock=False,
    )
    qtbot.addWidget(result.window)
    result.window.show()
    yield result
    if isinstance(keyring_backend, HangingKeyring):
        keyring_backend.release.set()
    result.shutdown()
    qapp.clipboard().clear()
