"""One script instead of forty: the app's ES modules joined in dependency order at start-up.

A first visit over HTTP/1.1 fetches at most six files at a time from one host, so forty small
modules arrive in waves; one bundle arrives at once. The app's modules keep to a small subset
of the syntax, which this joiner relies on: static `import ... from "./x.js"` (named, `as`,
namespace, or bare) and `export` before `function`, `async function`, `class` or `const`.
Each module becomes a function scope returning its exports, so names never collide. Anything
else (a dynamic import, `export {...}`, an import cycle) is refused when the app starts.
"""

from __future__ import annotations

import re
from pathlib import Path

IMPORT = re.compile(
    r'^import\s+(?:(?P<what>[^;]*?)\s+from\s+)?"(?P<path>[^"]+)";[ \t]*\n?', re.M | re.S
)
EXPORT = re.compile(
    r"^export\s+(?:(?:async\s+)?function\s*\*?|class|const|let)\s+(?P<name>[A-Za-z_$][\w$]*)", re.M
)
REFUSED = re.compile(r"\bimport\(|^export\s*\{|^export\s+default", re.M)


class BundleError(ValueError):
    pass


def _var(path: Path, root: Path) -> str:
    return "__m_" + re.sub(r"\W", "_", path.relative_to(root).as_posix().removesuffix(".js"))


def _binding(what: str, module: str) -> str:
    what = what.strip()
    if what.startswith("* as "):
        return f"const {what[5:].strip()} = {module};"
    if what.startswith("{") and what.endswith("}"):
        names = [n.strip() for n in what[1:-1].split(",") if n.strip()]
        parts = [n.replace(" as ", ": ") if " as " in n else n for n in names]
        return f"const {{ {', '.join(parts)} }} = {module};"
    raise BundleError(f"unsupported import: {what!r}")


def _order(entry: Path) -> list[Path]:
    done: list[Path] = []
    visiting: set[Path] = set()

    def visit(path: Path) -> None:
        if path in done:
            return
        if path in visiting:
            raise BundleError(f"import cycle through {path.name}")
        visiting.add(path)
        for m in IMPORT.finditer(path.read_text(encoding="utf-8")):
            visit((path.parent / m["path"]).resolve())
        visiting.discard(path)
        done.append(path)

    visit(entry.resolve())
    return done


def bundle(entry: Path) -> str:
    """The app as one classic-scope script for `<script type="module">`."""
    root = entry.resolve().parent
    chunks = []
    for path in _order(entry):
        source = path.read_text(encoding="utf-8")
        if REFUSED.search(source):
            raise BundleError(f"{path.name}: only static imports and named exports are bundled")
        bindings = []
        for m in IMPORT.finditer(source):
            target = _var((path.parent / m["path"]).resolve(), root)
            if m["what"]:
                bindings.append(_binding(m["what"], target))
        names = [m["name"] for m in EXPORT.finditer(source)]
        body = EXPORT.sub(
            lambda m: m.group(0).removeprefix("export").lstrip(), IMPORT.sub("", source)
        )
        chunks.append(
            f"// {path.relative_to(root).as_posix()}\n"
            f"const {_var(path, root)} = (() => {{\n{chr(10).join(bindings)}\n{body}\n"
            f"return {{ {', '.join(names)} }};\n}})();\n"
        )
    return "\n".join(chunks)
