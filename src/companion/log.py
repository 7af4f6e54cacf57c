"""Logging: to a private file in the state folder, and never with content.

Log lines name what happened (an error's type, a count, a duration), never
what the user wrote. Tracebacks of unexpected errors go here, not on screen.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType

from companion.vault.files import FILE_MODE, ensure_private_dir


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    def _open(self):  # type: ignore[no-untyped-def]
        # Create the file 0600 before the handler opens it.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        os.close(fd)
        return super()._open()


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class ContentFreeFormatter(logging.Formatter):
    """Tracebacks say which error happened where, but never the error's message:
    a message can quote what the user wrote or imported (the date that did not
    parse, the text that could not be encoded)."""

    def formatException(self, ei: ExcInfo) -> str:
        chain: list[BaseException] = []
        error = ei[1]
        while error is not None and all(error is not e for e in chain):
            chain.append(error)
            error = error.__cause__ or error.__context__
        parts = []
        for error in reversed(chain):
            frames = traceback.format_list(traceback.extract_tb(error.__traceback__))
            kind = type(error)
            parts.append(
                "Traceback (most recent call last):\n"
                + "".join(frames)
                + f"{kind.__module__}.{kind.__qualname__} (its message is not logged)"
            )
        return "\n\nThen:\n".join(parts)


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
    handler.setFormatter(ContentFreeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
