"""Only what pyproject.toml cannot say: compile the translations into the wheel."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        script = Path(__file__).parent / "packaging" / "build_translations.py"
        spec = importlib.util.spec_from_file_location("build_translations", script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.build(Path(self.build_lib) / "companion" / "resources" / "translations")


setup(cmdclass={"build_py": BuildWithTranslations})
