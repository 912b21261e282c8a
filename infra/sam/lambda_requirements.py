"""Print the runtime requirements for the Lambda layer, from pyproject.toml.

The Lambda runtime already ships boto3, and the web servers (uvicorn, gunicorn) are only for
the host/Docker installs, so they stay out of the layer (its unzipped size limit is 250 MB).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

NOT_IN_LAMBDA = {"boto3", "gunicorn", "uvicorn"}
# Pure-Python packages published only as source: installed without the --platform wheel pin.
SOURCE_ONLY = {"jieba"}


def lambda_requirements(pyproject: Path, source_only: bool = False) -> list[str]:
    dependencies = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    keep = []
    for requirement in dependencies:
        name = re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower()
        if name not in NOT_IN_LAMBDA and (name in SOURCE_ONLY) == source_only:
            keep.append(requirement)
    return keep


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[2]
    print("\n".join(lambda_requirements(root / "pyproject.toml", source_only="--source-only" in sys.argv)))
