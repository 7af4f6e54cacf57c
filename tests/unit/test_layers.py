"""The layers of DESIGN.md, read from the imports: dependencies point downwards only."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[2] / "src" / "companion"

# What each layer may import from the project (besides itself).
ALLOWED = {
    "domain": set(),
    "vault": {"domain"},
    "services": {"domain", "vault"},
    "exchange": {"domain", "vault", "services"},
    # dates.py: reading dates in the chosen locale (QtCore only), for screens and paper.
    "printing": {"domain", "dates"},
    "ui": {
        "domain",
        "vault",
        "services",
        "exchange",
        "printing",
        "settings",
        "paths",
        "i18n",
        "dates",
    },
}
NO_QT = {"domain", "vault"}
QT_WIDGETS_FORBIDDEN = {"domain", "vault", "services", "exchange", "printing"}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def layer_files(layer: str) -> list[Path]:
    return sorted((SRC / layer).rglob("*.py"))


def test_every_layer_has_code() -> None:
    for layer in ("domain", "vault", "services", "printing", "ui"):
        assert layer_files(layer), layer


def test_layers_import_only_downwards() -> None:
    offenders = []
    for layer, allowed in ALLOWED.items():
        for path in layer_files(layer):
            for name in imports_of(path):
                parts = name.split(".")
                if parts[0] != "companion" or len(parts) < 2:
                    continue
                target = parts[1]
                if target != layer and target not in allowed:
                    offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_domain_and_vault_never_import_qt() -> None:
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for layer in NO_QT
        for path in layer_files(layer)
        for name in imports_of(path)
        if name.split(".")[0] in {"PySide6", "shiboken6"}
    ]
    assert offenders == []


def test_only_ui_and_app_use_widgets() -> None:
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for layer in QT_WIDGETS_FORBIDDEN
        for path in layer_files(layer)
        for name in imports_of(path)
        if name.startswith("PySide6.QtWidgets")
    ]
    assert offenders == []


def test_no_module_level_qt_objects() -> None:
    """No globals: a module creates no QObject or QApplication at import time."""
    offenders = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                func = node.value.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name.startswith("Q") and name[1:2].isupper():
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno} {name}")
    assert offenders == []
