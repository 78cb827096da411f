#!/usr/bin/env bash
# A batch on Spark beside the local batch, on the same what-ifs and machine: wall time, scenarios a second and
# peak memory (GNU time) of local `batch --threads 2`, `batch --on local[2]` and `batch --on local[1]`, each run
# as a user runs it, through the launcher, with no daemon. Prints a Markdown table (docs/benchmarks.md).
#   bench/spark-batch.sh N [RESULT]   N what-ifs (generate --what-ifs N --seed 26), RESULT full|diff|summary
set -euo pipefail
n=${1:?usage: bench/spark-batch.sh N [full|diff|summary]}
form=${2:-summary}
chancery="$(cd "$(dirname "$0")/.." && pwd)/chancery"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export CHANCERY_DAEMON=0
"$chancery" generate --what-ifs "$n" --seed 26 --out what-ifs.jsonl
echo "| what-ifs | --result | how | wall | scenarios/s | peak RSS |"
echo "|---|---|---|---|---|---|"
measure() { # how, then the batch's own arguments
  local how=$1
  shift
  rm -rf out out.jsonl out.jsonl.batch
  /usr/bin/time -f "%e %M" -o time.txt "$chancery" batch what-ifs.jsonl --result "$form" "$@" 2> log.txt > /dev/null
  read -r wall kb < time.txt
  printf "| %'d | %s | %s | %.1f s | %.0f | %.1f GB |\n" "$n" "$form" "$how" "$wall" "$(echo "$n / $wall" | bc -l)" \
      "$(echo "$kb / 1048576" | bc -l)"
}
measure "local batch --threads 2" --out out.jsonl --threads 2
measure "--on local[2]" --out out --on "local[2]"
measure "--on local[1]" --out out --on "local[1]"
