"""SQL kept in .sql files: one file of named statements per module (`-- name: x` starts statement x)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path


def statements(text: str) -> list[str]:
    """Split SQL text into its statements (our files hold no semicolons inside literals), comments-only
    pieces dropped."""
    return [s.strip() for s in text.split(";\n") if s.strip() and not _only_comments(s)]


def _only_comments(s: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in s.splitlines())


@cache
def named(path: Path) -> dict[str, str]:
    """The file's statements by name; text before the first name is the file's comment."""
    parts = re.split(r"^--\s*name:\s*(\w+)\s*$", path.read_text(encoding="utf-8"), flags=re.M)
    out = {name: body.strip().rstrip(";").strip() for name, body in zip(parts[1::2], parts[2::2], strict=True)}
    if len(out) != len(parts) // 2:
        raise ValueError(f"{path}: a statement name is used twice")
    return out
