#!/usr/bin/env bash
# Start-up benchmark: median wall time of `./chancery run > /dev/null` on the bundled facts, rules
# unchanged, with the warm daemon (after one run that starts it) and without (CHANCERY_DAEMON=0).
# Usage: bench/startup.sh [RUNS] (default 11).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" "$@" ./chancery run 2>&1 >/dev/null | tail -1
  done | median
}
./chancery run > /dev/null          # builds if needed, starts the daemon
sleep 5                             # let the daemon finish starting
./chancery run > /dev/null          # warms it
echo "| launcher | median s over $runs runs |"
echo "|---|---|"
echo "| ./chancery run, warm daemon | $(measure env) |"
echo "| ./chancery run, CHANCERY_DAEMON=0 | $(measure env CHANCERY_DAEMON=0) |"
