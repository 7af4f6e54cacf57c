from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from companion.paths import Paths
from companion.settings import Settings, SettingsStore


def test_data_dir_override_moves_everything(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "here")
    assert paths.default_vault == tmp_path / "here" / "vaults" / "default"
    assert paths.config_dir.is_relative_to(tmp_path)
    assert paths.state_dir.is_relative_to(tmp_path)


def test_environment_variable_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPANION_DATA_DIR", str(tmp_path / "env"))
    assert Paths.resolve().data_dir == tmp_path / "env"
    assert Paths.resolve(tmp_path / "flag").data_dir == tmp_path / "flag"


def test_default_paths_never_point_at_the_real_home(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMPANION_DATA_DIR")
    paths = Paths.resolve()
    for folder in (paths.data_dir, paths.config_dir, paths.state_dir):
        assert folder.is_relative_to(isolated_home)


def test_settings_round_trip_and_mode(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "config" / "settings.json")
    assert store.load() == Settings()
    store.update(auto_lock_minutes=12, remember_me_vaults=["abc"])
    loaded = store.load()
    assert loaded.auto_lock_minutes == 12
    assert loaded.remember_me_vaults == ["abc"]
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    "content",
    [
        "{broken",
        "[]",
        json.dumps({"auto_lock_minutes": "soon", "remember_me_vaults": "x", "bogus": 1}),
        json.dumps({"auto_lock_minutes": -5, "clipboard_clear_seconds": 10**9}),
    ],
)
def test_damaged_settings_fall_back_to_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content)
    assert SettingsStore(path).load() == Settings()


def test_settings_hold_no_content_fields() -> None:
    """Only preferences live in settings: no field may carry user text."""
    names = set(Settings.__dataclass_fields__)
    assert names == {
        "auto_lock_minutes",
        "lock_on_screen_lock",
        "remember_me_vaults",
        "window_geometry",
        "window_geometries",
        "language",
        "clipboard_clear_seconds",
        # Crisis lines must show while locked; the UI says personal contacts belong in
        # the (encrypted) safety plan instead.
        "crisis_country",
        "own_crisis_lines",
        # Look and reminders: choices and times, never text a person wrote.
        "theme",
        "text_scale",
        "reduce_motion",
        "tray_icon",
        "reminder_time",
        "last_reminder_day",
    }
