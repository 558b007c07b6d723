"""Where Crier keeps its files.

Everything lives under one data directory so a portable install or a test can move it all with
``CRIER_DATA_DIR``; otherwise platformdirs gives the platform's usual places.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Crier"
APP_AUTHOR = "Crier"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data: Path
    logs: Path
    backups: Path
    media: Path
    config: Path

    @property
    def database(self) -> Path:
        return self.data / "crier.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.logs, self.backups, self.media, self.config):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """Resolve the directories once per call; ``CRIER_DATA_DIR`` puts everything under one folder."""
    override = os.environ.get("CRIER_DATA_DIR")
    if override:
        root = Path(override).expanduser()
        return AppPaths(
            data=root, logs=root / "logs", backups=root / "backups", media=root / "media", config=root
        )
    data = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return AppPaths(
        data=data,
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        backups=data / "backups",
        media=data / "media",
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
    )


#: Icons, word lists and templates shipped with the app (beside the package, in source and in bundles).
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
