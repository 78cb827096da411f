#!/usr/bin/env bash
# Whole-process benchmark: `chancery run --facts WORLD --format json` against the plain-Java oracle
# (src/test) run as a process on the same generated world, both with the full JIT and -Xmx3g.
# Usage: bench/run.sh [EVENTS...]
# (default 10000 100000). Prints a Markdown table row per size: wall time and peak memory (RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/chancery.jar ] || ./chancery --version > /dev/null
[ -d target/test-classes/dev/chancery/oracle ] || mvn -q -B -ntp test-compile
command -v /usr/bin/time > /dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# run from a copy: a rebuild during a long run must not swap classes under it
mkdir -p "$work/app" && cp -r target/chancery.jar target/lib target/test-classes "$work/app/"
cp="$work/app/test-classes:$work/app/chancery.jar:$(ls "$work"/app/lib/*.jar | tr '\n' ':')"
# as the launcher runs it, but with the full JIT: these runs are long enough to pay for it
chancery_run() { java -XX:+UseG1GC -Xmx3g -Dchancery.home="$PWD" -jar "$work/app/chancery.jar" "$@"; }
echo "| events | states | entities | chancery wall s | chancery peak MB | oracle wall s | oracle peak MB | ratio |"
echo "|---|---|---|---|---|---|---|---|"
for events in "${@:-10000 100000}"; do
  states=$(( events / 50 < 200 ? 200 : events / 50 ))
  entities=$(( events / 200 < 50 ? 50 : events / 200 ))
  world="$work/world-$events.yaml"
  chancery_run generate --states "$states" --entities "$entities" --events "$events" --seed 1 --out "$world"
  /usr/bin/time -f "%e %M" -o "$work/c.time" \
      java -XX:+UseG1GC -Xmx3g -Dchancery.home="$PWD" -jar "$work/app/chancery.jar" \
      run --facts "$world" --format json > /dev/null
  /usr/bin/time -f "%e %M" -o "$work/o.time" java -XX:+UseG1GC -Xmx3g -cp "$cp" -Dchancery.home="$PWD" \
      dev.chancery.oracle.OracleMain "$world" > /dev/null
  read -r cw cm < "$work/c.time"
  read -r ow om < "$work/o.time"
  printf "| %d | %d | %d | %.2f | %d | %.2f | %d | %.1f× |\n" "$events" "$states" "$entities" "$cw" $((cm / 1024)) \
      "$ow" $((om / 1024)) "$(echo "$cw / $ow" | bc -l)"
done
