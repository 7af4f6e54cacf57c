"""The composition root: paths, settings, services and windows, wired explicitly.

Nothing here is global. `build_window` is shared by `main`, the GUI tests and
the start-up benchmark, so all three run the same wiring.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from companion import i18n, log
from companion.paths import Paths
from companion.services.access import UNEXPECTED, Access
from companion.services.tasks import Tasks
from companion.settings import SettingsStore
from companion.ui.clipboard import SecretClipboard
from companion.ui.idle import IdleWatcher, ScreenLockWatcher
from companion.ui.main_window import MainWindow
from companion.ui.single_instance import SingleInstance, server_name
from companion.ui.theme import Appearance, Theme
from companion.ui.widgets.dialogs import Dialogs
from companion.vault import keys
from companion.vault.keys import KdfParams
from companion.vault.remember import KeyringStore

logger = logging.getLogger(__name__)


@dataclass
class Built:
    window: MainWindow
    tasks: Tasks
    keyring_tasks: Tasks
    access: Access

    def shutdown(self) -> None:
        self.window.lock()
        self.tasks.shutdown()
        # The keyring worker may be stuck in a hung backend; its thread is a daemon.
        self.keyring_tasks.shutdown()


def build_window(
    app: QApplication,
    paths: Paths,
    *,
    kdf_policy: Callable[[], KdfParams] = keys.tune_kdf,
    keyring: KeyringStore | None = None,
    dialogs: Dialogs | None = None,
    screen_lock: bool = True,
    vault_dir: Path | None = None,
) -> Built:
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    appearance = Appearance(app)
    appearance.apply(Theme(settings.theme), settings.text_scale, settings.reduce_motion)
    access = Access(
        vault_dir or paths.default_vault,
        kdf_policy=kdf_policy,
        keyring=keyring or KeyringStore(),
        backups_dir=paths.backups_dir,
        language=lambda: i18n.content_language(store.load().language),
    )
    tasks = Tasks()
    keyring_tasks = Tasks()
    window = MainWindow(
        access=access,
        store=store,
        tasks=tasks,
        keyring_tasks=keyring_tasks,
        dialogs=dialogs or Dialogs(),
        clipboard=SecretClipboard(app.clipboard(), settings.clipboard_clear_seconds),
        idle=IdleWatcher(app),
        screen_lock=ScreenLockWatcher() if screen_lock else None,
        crisis_override=paths.config_dir / "crisis_lines.json",
        appearance=appearance,
    )
    return Built(window, tasks, keyring_tasks, access)


def _parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="companion", add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--vault")
    return parser.parse_known_args(list(argv))


def _install_excepthook(log_file: str) -> None:
    """Unexpected errors: log the traceback, tell the user a plain sentence."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        logger.critical("unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            QMessageBox.warning(
                None,
                QCoreApplication.translate("app", "Something went wrong"),
                QCoreApplication.translate("app", "%1 Details were written to %2.")
                .replace("%1", UNEXPECTED)
                .replace("%2", log_file),
            )

    sys.excepthook = hook


def _app_icon() -> QIcon:
    with resources.as_file(
        resources.files("companion.resources") / "icons" / "companion.svg"
    ) as path:
        return QIcon(str(path))


def _close_on_termination(window: MainWindow) -> None:
    """SIGTERM and Ctrl+C close the window the normal way: drafts saved, vault locked."""

    def handler(signum: int, frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handler)
    # Python runs signal handlers only between bytecodes; wake it up now and then.
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(300)


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = _parse(sys.argv[1:] if argv is None else argv)
    paths = Paths.resolve(args.data_dir)
    log.setup(paths.log_file)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Companion")
    app.setApplicationDisplayName("Companion")
    app.setDesktopFileName("io.github.companion_app.Companion")
    app.setWindowIcon(_app_icon())
    _install_excepthook(str(paths.log_file))
    i18n.install(app, SettingsStore(paths.settings_file).load().language)

    instance = SingleInstance(server_name(paths.data_dir))
    if instance.activate_existing():
        print(
            "Companion is already open; its window has been brought to the front.", file=sys.stderr
        )
        return 0
    if instance.listen():
        logger.info("listening for other instances")

    built = build_window(app, paths, vault_dir=paths.vault_folder(args.vault))
    instance.activate_requested.connect(built.window.bring_to_front)
    _close_on_termination(built.window)
    built.window.show()
    built.window.start()
    logger.info("window shown")
    code = app.exec()
    built.shutdown()
    instance.close()
    return code
