"""Build the wheel, install it into a clean venv outside the source tree, and start it.

`python packaging/smoke_wheel.py` (run by .ci/run): checks that `pip install`
gives a working `companion` command, that the wheel carries its resources and
compiled translations, and that the app starts offscreen and closes cleanly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECK = """
from importlib import resources
base = resources.files("companion.resources")
assert (base / "icons" / "companion.svg").is_file(), "icons missing"
assert (base / "prompts" / "en.json").is_file(), "content missing"
found = sorted(p.name for p in (base / "translations").iterdir() if p.name.endswith(".qm"))
assert found, "no compiled translations"
print("resources ok:", ", ".join(found))
"""


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(args), flush=True)
    return subprocess.run(args, check=True, text=True, **kwargs)  # type: ignore[call-overload]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="companion-smoke-") as temp:
        work = Path(temp)
        run(sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(work))
        (wheel,) = work.glob("companion-*.whl")
        venv = work / "venv"
        run(sys.executable, "-m", "venv", str(venv))
        python = venv / "bin" / "python"
        run(str(python), "-m", "pip", "install", "-q", str(wheel))
        # Outside the source tree, so nothing is imported from it by accident.
        version = run(str(venv / "bin" / "companion"), "--version", cwd=work, capture_output=True)
        print(version.stdout.strip())
        run(str(python), "-c", CHECK, cwd=work)
        data = work / "data"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        app = subprocess.Popen(
            [str(venv / "bin" / "companion"), "--data-dir", str(data)],
            cwd=work,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        log = data / "state" / "companion.log"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if log.exists() and "window shown" in log.read_text():
                break
            if app.poll() is not None:
                break
            time.sleep(0.1)
        else:
            app.kill()
            raise SystemExit("the installed app did not start within 60 s")
        app.send_signal(signal.SIGTERM)
        _, err = app.communicate(timeout=30)
        if app.returncode != 0 or "Traceback" in err:
            raise SystemExit(f"the installed app failed (exit {app.returncode}):\n{err}")
        print("the installed app started offscreen and closed cleanly")


if __name__ == "__main__":
    main()
