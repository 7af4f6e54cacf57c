"""Where Companion keeps things.

Data (vaults), config (non-sensitive preferences) and state (logs) come from
platformdirs. `--data-dir DIR` or `COMPANION_DATA_DIR` moves all three under
one folder, which is also how tests keep away from the real home.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Companion"
ENV_DATA_DIR = "COMPANION_DATA_DIR"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    state_dir: Path

    @property
    def vaults_dir(self) -> Path:
        return self.data_dir / "vaults"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def default_vault(self) -> Path:
        return self.vaults_dir / "default"

    def vault_folder(self, chosen: str | None) -> Path:
        """The vault named with --vault, or the default one."""
        return Path(chosen).expanduser().absolute() if chosen else self.default_vault

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.state_dir / "companion.log"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> Paths:
        chosen = data_dir or os.environ.get(ENV_DATA_DIR)
        if chosen:
            root = Path(chosen).expanduser().absolute()
            return cls(root, root / "config", root / "state")
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
        )
