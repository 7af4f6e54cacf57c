"""Logging: to a private file in the state folder, and never with content.

Log lines name what happened (an error's type, a count, a duration), never
what the user wrote. Tracebacks of unexpected errors go here, not on screen.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from companion.vault.files import FILE_MODE, ensure_private_dir


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    def _open(self):  # type: ignore[no-untyped-def]
        # Create the file 0600 before the handler opens it.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        os.close(fd)
        return super()._open()


def setup(log_file: Path, verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(isinstance(h, _PrivateFileHandler) for h in root.handlers):
        return
    try:
        ensure_private_dir(log_file.parent)
        handler: logging.Handler = _PrivateFileHandler(
            log_file, maxBytes=512 * 1024, backupCount=2, encoding="utf-8"
        )
    except Exception:  # an unwritable state folder must not stop the app
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
