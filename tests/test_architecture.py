"""The layout is part of the design: layers, file sizes, names and complexity are checked like lint."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / "shared"
# Functions above radon's C grade that predate the complexity gate. The list may only shrink:
# new or changed code stays at C or better (split it into small pure functions instead).
GRANDFATHERED = ROOT / "tests" / "complexity_grandfathered.txt"


def test_imports_follow_the_layers() -> None:
    # Given the contracts in pyproject.toml ([tool.importlinter]), When lint-imports checks the graph
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    proc = subprocess.run([lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    # Then every contract is kept
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]


def test_shared_top_level_is_a_handful_of_packages() -> None:
    # Only the package face, settings and errors sit at the top of shared/
    modules = sorted(p.name for p in SHARED.glob("*.py"))
    assert len(modules) <= 6, modules


# Modules over the 800-line budget when the gate came in, with their size then: each may only shrink
# (split it by concept, then delete its line). No other module may pass 800 lines.
OVERSIZED = {}


def test_no_module_over_800_lines() -> None:
    sizes = {str(p.relative_to(ROOT)): sum(1 for _ in p.open(encoding="utf-8")) for p in SHARED.rglob("*.py")}
    over = {name: n for name, n in sizes.items() if n > OVERSIZED.get(name, 800)}
    assert not over, over
    assert all(sizes.get(name, 0) > 800 for name in OVERSIZED), "back under 800: remove it from OVERSIZED"


def test_no_module_shadows_the_standard_library() -> None:
    shadowing = [
        str(p.relative_to(ROOT))
        for p in [*SHARED.rglob("*.py"), *(ROOT / "functions").rglob("*.py")]
        if p.stem in sys.stdlib_module_names
    ]
    assert not shadowing


def test_complexity_gate() -> None:
    from radon.complexity import cc_rank, cc_visit

    # Given every function in shared/ and functions/
    worse_than_c = set()
    for path in [*SHARED.rglob("*.py"), *(ROOT / "functions").rglob("*.py")]:
        for block in cc_visit(path.read_text(encoding="utf-8")):
            if cc_rank(block.complexity) in "DEF":
                worse_than_c.add(f"{path.relative_to(ROOT)}:{block.fullname}")
    grandfathered = {
        line.strip() for line in GRANDFATHERED.read_text().splitlines() if line.strip() and line[0] != "#"
    }
    # Then none is worse than C except the grandfathered ones, and those that got better leave the list
    assert not worse_than_c - grandfathered, sorted(worse_than_c - grandfathered)
    assert not grandfathered - worse_than_c, (
        f"improved, remove from the list: {sorted(grandfathered - worse_than_c)}"
    )


# A function-level import says why it is not at the top of its module, in a word:
#   `# lazy: cold start`          at the top it would load into a Lambda handler's (or the `chatbi`
#                                 command's) import what only some calls need (tests/ops/test_cold_import.py)
#   `# lazy: heavy (<library>)`   a heavy library that only some calls of an off-path module need
#   `# lazy: cycle`               the imported module imports this one
#   `# lazy: optional dependency` it may be missing (the ImportError is handled)
LAZY_REASON = re.compile(r"#\s*lazy: (cold start|cycle|optional dependency|heavy \([^)]+\))")


def _type_checking_only(tree: ast.Module) -> set[int]:
    return {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for node in ast.walk(block)
    }


def function_level_imports(path: Path) -> list[tuple[int, str]]:
    """(line, source) of each import inside a function or method, without `if TYPE_CHECKING:` ones."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    typing_only = _type_checking_only(tree)
    found = {}
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in typing_only:
                end = node.end_lineno or node.lineno
                found[node.lineno] = "\n".join(lines[node.lineno - 1 : end])
    return sorted(found.items())


def test_function_level_imports_say_why() -> None:
    # Given every module of shared/ and functions/
    unexplained = []
    for path in [*SHARED.rglob("*.py"), *(ROOT / "functions").rglob("*.py")]:
        name = path.relative_to(ROOT).as_posix()
        # When an import sits inside a function
        for line, source in function_level_imports(path):
            # Then it carries `# lazy: <reason>`; an import without one belongs at the top
            if not LAZY_REASON.search(source):
                unexplained.append(f"{name}:{line}: {source.strip()}")
    assert not unexplained, "\n".join(unexplained)
