"""Runtime settings, read from the environment so every task and CLI call agrees."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Where the pipeline keeps its files and how it reaches the sources."""

    home: Path
    replay: str | None
    min_interval: float
    max_retries: int
    backoff_base: float
    max_backoff: float
    timeout: float
    max_bytes: int
    user_agent: str

    @property
    def raw_dir(self) -> Path:
        return self.home / "raw"

    @property
    def batches_dir(self) -> Path:
        return self.home / "batches"

    @property
    def warehouse_dir(self) -> Path:
        return self.home / "warehouse"

    @property
    def briefings_dir(self) -> Path:
        return self.home / "briefings"

    @property
    def docs_dir(self) -> Path:
        return self.home / "data_docs"


def settings() -> Settings:
    """Read the settings from the environment (called at use, never at import)."""
    env = os.environ
    return Settings(
        home=Path(env.get("PROVINTEL_HOME", REPO_ROOT / "data")).resolve(),
        # one setting maps every real host to the replay server, e.g. http://127.0.0.1:8765
        replay=env.get("PROVINTEL_REPLAY") or None,
        min_interval=float(env.get("PROVINTEL_MIN_INTERVAL", "1.0")),
        max_retries=int(env.get("PROVINTEL_MAX_RETRIES", "4")),
        backoff_base=float(env.get("PROVINTEL_BACKOFF_BASE", "1.0")),
        max_backoff=float(env.get("PROVINTEL_MAX_BACKOFF", "60")),
        timeout=float(env.get("PROVINTEL_TIMEOUT", "30")),
        max_bytes=int(env.get("PROVINTEL_MAX_BYTES", str(20 * 1024 * 1024))),
        user_agent=env.get(
            "PROVINTEL_USER_AGENT",
            "provintel/0.1 (HKSAR Economic and Trade Office in Wuhan; data pipeline)",
        ),
    )
