#!/usr/bin/env bash
# Whole-process benchmark: `chancery run --facts WORLD --format json` against the plain-Java oracle
# (src/test) run as a process on the same generated world. Usage: bench/run.sh [EVENTS...]
# (default 10000 100000). Prints a Markdown table row per size: wall time and peak memory (RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/chancery.jar ] || ./chancery --version > /dev/null
[ -d target/test-classes/dev/chancery/oracle ] || mvn -q -B -ntp test-compile
command -v /usr/bin/time > /dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp=target/test-classes:target/classes:$(ls target/lib/*.jar | tr '\n' ':')
echo "| events | states | entities | chancery wall s | chancery peak MB | oracle wall s | oracle peak MB | ratio |"
echo "|---|---|---|---|---|---|---|---|"
for events in "${@:-10000 100000}"; do
  states=$(( events / 50 < 200 ? 200 : events / 50 ))
  entities=$(( events / 200 < 50 ? 50 : events / 200 ))
  world="$work/world-$events.yaml"
  ./chancery generate --states "$states" --entities "$entities" --events "$events" --seed 1 --out "$world"
  /usr/bin/time -f "%e %M" -o "$work/c.time" ./chancery run --facts "$world" --format json > /dev/null
  /usr/bin/time -f "%e %M" -o "$work/o.time" java -Xmx4g -cp "$cp" -Dchancery.home="$PWD" \
      dev.chancery.oracle.OracleMain "$world" > /dev/null
  read -r cw cm < "$work/c.time"
  read -r ow om < "$work/o.time"
  printf "| %d | %d | %d | %.2f | %d | %.2f | %d | %.1f× |\n" "$events" "$states" "$entities" "$cw" $((cm / 1024)) \
      "$ow" $((om / 1024)) "$(echo "$cw / $ow" | bc -l)"
done
