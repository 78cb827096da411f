#!/usr/bin/env bash
# Draws the README's pictures with the project's own commands: the HTML report of the founding case
# (a screenshot by headless Chromium), a timeline chart and the recognition graph.
# Needs chromium and graphviz (apt-get install chromium graphviz). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

./chancery run --facts facts/cases/donbas-2022.yaml --format html --out "$tmp/report.html"
./chancery timeline TWN --format svg --out "$tmp/timeline-taiwan.svg"
./chancery run --facts facts/cases/donbas-2022.yaml --format dot | dot -Tpng -Gdpi=110 -o docs/images/graph-founding-case.png

screenshot() { # PNG WIDTH,HEIGHT FILE
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=1 \
    --user-data-dir="$tmp/profile" --window-size="$2" --screenshot="$1" "file://$3" >/dev/null 2>&1
}
screenshot docs/images/report-founding-case.png 1280,2400 "$tmp/report.html"
# the chart's own size, from its svg element
size=$(sed -n 's/^<svg[^>]* width="\([0-9]*\)" height="\([0-9]*\)".*/\1,\2/p' "$tmp/timeline-taiwan.svg" | head -1)
screenshot docs/images/timeline-taiwan.png "$size" "$tmp/timeline-taiwan.svg"
ls -l docs/images/*.png
