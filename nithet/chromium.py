"""The headless Chromium that the browser tests and the web benchmark drive.

It is Debian's package (`make browser` installs it; Playwright cannot download browsers
here), started without a sandbox or GPU and without the background traffic a desktop
browser makes, so that it runs in a container and talks only to the web app.
"""

from __future__ import annotations

EXECUTABLE = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
