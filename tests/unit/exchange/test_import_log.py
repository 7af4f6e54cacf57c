"""The log never holds content: not from a refused import, not from an error's message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from companion.paths import Paths
from tests.support import TEST_PASSPHRASE, make_vault
from tests.unit.exchange.test_import_checks import GROUP, _full

SENTINEL = "SENTINEL-IMPORTED-CONTENT"


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, COMPANION_PASSPHRASE=TEST_PASSPHRASE),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_an_error_message_is_never_written_to_the_log(tmp_path: Path) -> None:
    log_file = tmp_path / "state" / "companion.log"
    result = _run(
        "import logging\n"
        "from pathlib import Path\n"
        "from companion import log\n"
        f"log.setup(Path({str(log_file)!r}))\n"
        "try:\n"
        "    try:\n"
        f"        raise ValueError('Invalid isoformat string: {SENTINEL}')\n"
        "    except ValueError as exc:\n"
        f"        raise KeyError({SENTINEL!r}) from exc\n"
        "except KeyError:\n"
        "    logging.getLogger('x').exception('unexpected error in %s', 'import')\n"
    )
    assert result.returncode == 0, result.stderr
    text = log_file.read_text("utf-8")
    assert "unexpected error in import" in text
    assert "ValueError" in text and "KeyError" in text and "line" in text
    assert SENTINEL not in text


def test_refused_imports_leave_no_content_in_the_log(tmp_path: Path) -> None:
    paths = Paths.resolve()
    session, _ = make_vault(paths.default_vault)
    session.close()
    bad = {
        "start": _full(starts_at=f"{SENTINEL} not a date"),
        "used": _full(used_at=SENTINEL),
        "day": _full(),
        "group": _full(),
        "surrogate": _full(),
    }
    bad["day"]["entries"][0]["date"] = SENTINEL
    bad["group"]["groups"][0] = {**GROUP, "my_role": SENTINEL}
    bad["surrogate"]["entries"][0]["body"] = f"\ud800{SENTINEL}"
    files = []
    for name, document in bad.items():
        files.append(tmp_path / f"{name}.json")
        files[-1].write_text(json.dumps(document), "ascii")
    result = _run(
        "import sys\n"
        "from companion import cli\n"
        f"for path in {[str(f) for f in files]!r}:\n"
        "    print(cli.main(['import', '--dry-run', path]))\n"
        "print(cli.main(['group', 'list']))\n"
    )
    assert result.returncode == 0, result.stderr
    assert "unexpected" not in result.stderr
    assert result.stderr.count("Nothing was imported.") == 4  # the lone surrogate is replaced
    assert paths.log_file.exists() is False or SENTINEL not in paths.log_file.read_text("utf-8")
