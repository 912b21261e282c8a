"""Semantic layers shipped with a question set: what a customer would supply for that database.

`chatbi eval` puts `<set>/semantic/<source stem>.json` on the uploaded datasource before asking. Sets
kept outside the repository (the read-only `../shared/eval`) have theirs in `bench/semantic/<set name>/`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO_SETS = Path(__file__).resolve().parents[2] / "bench" / "semantic"


def shipped_semantic(set_dir: Path, source: str) -> dict[str, Any] | None:
    """The semantic layer (GET/PUT semantic format) shipped for one source of a set, or None."""
    stem = Path(source).stem
    for folder in (set_dir / "semantic", REPO_SETS / set_dir.resolve().name):
        path = folder / f"{stem}.json"
        if path.is_file():
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return data
    return None
