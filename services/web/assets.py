"""`python -m services.web.assets`: copy the Sarabun font from npm's folder into the app's static.

`make install` runs `npm ci` (package.json at the root: @fontsource/sarabun, axe-core) and then
this. The copied files are git-ignored; without them the app falls back to installed Thai fonts.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from services.web.shell import STATIC

ROOT = Path(__file__).resolve().parents[2]
FONTS = [
    f"sarabun-{subset}-{weight}-normal.woff2"
    for subset in ("thai", "latin")
    for weight in (400, 600)
]


def copy_fonts(node_modules: Path = ROOT / "node_modules", target: Path = STATIC / "fonts") -> int:
    source = node_modules / "@fontsource" / "sarabun" / "files"
    target.mkdir(parents=True, exist_ok=True)
    for name in FONTS:
        shutil.copyfile(source / name, target / name)
    shutil.copyfile(
        node_modules / "@fontsource" / "sarabun" / "LICENSE", target / "LICENSE-OFL.txt"
    )
    return len(FONTS)


if __name__ == "__main__":
    print(f"copied {copy_fonts()} Sarabun font files into {STATIC / 'fonts'}", file=sys.stderr)
