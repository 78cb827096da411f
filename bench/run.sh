#!/usr/bin/env bash
# Whole-process benchmark: `chancery run --facts WORLD --format json` through the launcher, cold (no warm
# daemon: CHANCERY_DAEMON=0), against the plain-Java oracle (src/test) run as a process on the same
# generated world. The oracle is timed with G1 (its heap up to two thirds of memory) and with the flags the
# launcher gives `run` on that world, and the faster of the two is the one compared.
# Usage: bench/run.sh [EVENTS...]
# (default 10000 100000). Prints a Markdown table row per size: wall time and peak memory (RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/chancery.jar ] || ./chancery --version > /dev/null
[ -d target/test-classes/dev/chancery/oracle ] || mvn -q -B -ntp test-compile
command -v /usr/bin/time > /dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# run from a copy (launcher, rules, facts, jar): a rebuild during a long run must not swap classes under it;
# facts/reference comes too, as the oracle loads it from this folder
mkdir -p "$work/app/target" && cp -r chancery rules facts "$work/app/" && cp -r target/chancery.jar target/lib "$work/app/target/"
cp -r target/test-classes "$work/"
cp="$work/test-classes:$work/app/target/chancery.jar:$(ls "$work"/app/target/lib/*.jar | tr '\n' ':')"
oracle() { # flags... world: prints "wall peakKB" ("inf 0" if it failed: out of memory in the launcher's heap)
  local world=${*: -1}
  if /usr/bin/time -q -f "%e %M" -o "$work/o.time" java "${@:1:$#-1}" -cp "$cp" -Dchancery.home="$PWD" \
      dev.chancery.oracle.OracleMain "$world" > /dev/null 2>&1; then
    cat "$work/o.time"
  else
    echo "inf 0"
  fi
}
echo "| events | states | entities | chancery wall s | chancery peak MB | oracle wall s | oracle peak MB | ratio |"
echo "|---|---|---|---|---|---|---|---|"
for events in "${@:-10000 100000}"; do
  states=$(( events / 50 < 200 ? 200 : events / 50 ))
  entities=$(( events / 200 < 50 ? 50 : events / 200 ))
  world="$work/world-$events.yaml"
  CHANCERY_DAEMON=0 "$work/app/chancery" generate --states "$states" --entities "$entities" --events "$events" \
      --seed 1 --out "$world"
  /usr/bin/time -f "%e %M" -o "$work/c.time" env CHANCERY_DAEMON=0 "$work/app/chancery" \
      run --facts "$world" --format json > /dev/null
  read -r cw cm < "$work/c.time"
  # the flags the launcher gives run on this world (a big one gets its heap whole from the start)
  launcher_flags=$(CHANCERY_PRINT_JVM_FLAGS=1 "$work/app/chancery" run --facts "$world")
  [ -n "$launcher_flags" ] || { echo "bench: cannot read the launcher's flags for run" >&2; exit 2; }
  read -r ow om < <(oracle -XX:+UseG1GC -XX:MaxRAMPercentage=66 "$world")
  read -r ow2 om2 < <(oracle $launcher_flags "$world")
  if [ "$ow2" != inf ] && (( $(echo "$ow2 < $ow" | bc) )); then ow=$ow2 om=$om2; fi
  printf "| %d | %d | %d | %.2f | %d | %.2f | %d | %.1f× |\n" "$events" "$states" "$entities" "$cw" $((cm / 1024)) \
      "$ow" $((om / 1024)) "$(echo "$cw / $ow" | bc -l)"
done
