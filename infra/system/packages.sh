#!/usr/bin/env bash
# Debian packages the reporting exports need, installed only when missing:
# Thai fonts (fonts-thai-tlwg), Pango/HarfBuzz for WeasyPrint, poppler-utils (pdftotext,
# pdftoppm) with which the tests read the PDFs back.
set -euo pipefail
PACKAGES=(fonts-thai-tlwg libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 poppler-utils)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing missing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "run as root or install: ${missing[*]}"; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
