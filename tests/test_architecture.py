"""The house rules that keep the desk testable: no Qt below the UI, badges independent."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE_PACKAGES = ["checkin.core", "checkin.store", "checkin.io", "checkin.mail", "badges"]
# The command line must also run where Qt is missing (a server, a CI box): its commands load Qt lazily.
QT_FREE_TOO = ["checkin.commands", "checkin.cli"]

# Runs in a fresh interpreter where importing PySide6 fails, as on a machine without Qt.
_BLOCKED_QT = """
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"Qt is blocked here: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
imported = 0
for package_name in sys.argv[1:]:
    package = importlib.import_module(package_name)
    for module in pkgutil.walk_packages(getattr(package, "__path__", []), package_name + "."):
        importlib.import_module(module.name)
        imported += 1
assert not any(name.startswith("PySide6") for name in sys.modules)
print(imported)
"""


def test_core_store_io_and_badges_import_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", _BLOCKED_QT, *QT_FREE_PACKAGES, *QT_FREE_TOO],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10


def test_import_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is part of the test extras"
    result = subprocess.run([lint_imports], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")
