"""Non-sensitive preferences, typed, with defaults in one place.

Stored as JSON in the config folder. Only preferences live here (window
geometry, auto-lock minutes, the language): never content, never secrets.
Unknown keys are ignored and bad values fall back to the default, so a
hand-edited or damaged file never stops the app from starting.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from companion.vault.errors import VaultError
from companion.vault.files import ensure_private_dir, write_atomic

log = logging.getLogger(__name__)


@dataclass
class Settings:
    auto_lock_minutes: int = 5  # 0 turns idle locking off
    lock_on_screen_lock: bool = True
    remember_me_vaults: list[str] = field(default_factory=list)  # vault ids, not keys
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    # The same, per set of screens ("eDP-1 1920x1080; HDMI-1 2560x1440" -> geometry).
    window_geometries: dict[str, str] = field(default_factory=dict)
    language: str = ""  # "" follows the system
    theme: str = "system"  # system, light, dark, high-contrast
    text_scale: float = 1.0  # 1.0 to 2.0, on top of the system's font size
    reduce_motion: str = "system"  # system, on, off
    tray_icon: bool = False
    reminder_time: str = ""  # "HH:MM" for a daily check-in reminder; "" for none
    last_reminder_day: str = ""  # ISO date the reminder last showed
    clipboard_clear_seconds: int = 30
    # Crisis lines show without the passphrase, so they live here, not in the vault:
    # the country's public lines, and lines the user added (not personal contacts).
    crisis_country: str = ""  # ISO code; "" follows the system locale
    own_crisis_lines: list[dict[str, str]] = field(default_factory=list)

    def validate(self) -> None:
        defaults = Settings()
        if not isinstance(self.auto_lock_minutes, int) or not 0 <= self.auto_lock_minutes <= 240:
            self.auto_lock_minutes = defaults.auto_lock_minutes
        if not isinstance(self.lock_on_screen_lock, bool):
            self.lock_on_screen_lock = defaults.lock_on_screen_lock
        if not isinstance(self.remember_me_vaults, list) or not all(
            isinstance(v, str) for v in self.remember_me_vaults
        ):
            self.remember_me_vaults = []
        for name in ("window_geometry", "language"):
            if not isinstance(getattr(self, name), str):
                setattr(self, name, getattr(defaults, name))
        if not isinstance(self.crisis_country, str) or len(self.crisis_country) > 2:
            self.crisis_country = ""
        if not isinstance(self.own_crisis_lines, list) or not all(
            isinstance(line, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in line.items())
            for line in self.own_crisis_lines
        ):
            self.own_crisis_lines = []
        if not isinstance(self.window_geometries, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and len(v) < 4096
            for k, v in self.window_geometries.items()
        ):
            self.window_geometries = {}
        if not isinstance(self.tray_icon, bool):
            self.tray_icon = defaults.tray_icon
        for name in ("reminder_time", "last_reminder_day"):
            value = getattr(self, name)
            if not isinstance(value, str) or len(value) > 10:
                setattr(self, name, "")
        if self.reduce_motion not in ("system", "on", "off"):
            self.reduce_motion = defaults.reduce_motion
        if self.theme not in ("system", "light", "dark", "high-contrast"):
            self.theme = defaults.theme
        scale = self.text_scale
        if isinstance(scale, bool) or not isinstance(scale, int | float) or not 1 <= scale <= 2:
            self.text_scale = defaults.text_scale
        secs = self.clipboard_clear_seconds
        if not isinstance(secs, int) or not 5 <= secs <= 600:
            self.clipboard_clear_seconds = defaults.clipboard_clear_seconds


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        settings = Settings()
        try:
            raw = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return settings
        except (OSError, ValueError):
            log.warning("settings file unreadable; using defaults")
            return settings
        if isinstance(raw, dict):
            known = {f.name for f in fields(Settings)}
            for key, value in raw.items():
                if key in known:
                    setattr(settings, key, value)
        settings.validate()
        return settings

    def save(self, settings: Settings) -> None:
        try:
            ensure_private_dir(self.path.parent)
        except OSError:
            log.warning("settings folder cannot be created")
            return
        data = json.dumps(asdict(settings), indent=2, sort_keys=True).encode("utf-8")
        try:
            write_atomic(self.path, data)
        except VaultError as exc:  # preferences are not worth stopping the app for
            log.warning("settings not saved: %s", type(exc).__name__)

    def update(self, **changes: Any) -> Settings:
        settings = self.load()
        for key, value in changes.items():
            setattr(settings, key, value)
        settings.validate()
        self.save(settings)
        return settings
