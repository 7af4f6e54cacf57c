"""Whether to keep things still: the person's choice, else the desktop's.

Qt has no setting for reduced motion, so the desktop is asked directly: GNOME's
enable-animations and KDE's animation speed. Elsewhere (or if asking fails or
is slow) motion stays on unless the person turns it off in Settings.
"""

from __future__ import annotations

import shutil
import subprocess

ASK_TIMEOUT_S = 1.0


def _ask(*command: str) -> str:
    if shutil.which(command[0]) is None:
        return ""
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=ASK_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def desktop_reduces_motion() -> bool:
    if _ask("gsettings", "get", "org.gnome.desktop.interface", "enable-animations") == "false":
        return True
    factor = _ask("kreadconfig5", "--group", "KDE", "--key", "AnimationDurationFactor")
    return factor in ("0", "0.0")


def reduces_motion(setting: str) -> bool:
    """ "on" and "off" are the person's own choice; "system" asks the desktop."""
    if setting in ("on", "off"):
        return setting == "on"
    return desktop_reduces_motion()
