#!/usr/bin/env bash
# The rule memory of one world, in one session (docs/benchmarks.md, "Rule memory"): the live heap the
# rules add once fired, the facts of each class, the tuples each rule holds, and optionally the heap's class histogram.
#   bench/rule-memory.sh FACTS [RULES_DIR [HISTOGRAM_FILE]]     (a heap of 20 GB; set HEAP to change it)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
exec java -Xmx"${HEAP:-20g}" -Dchancery.home="$PWD" \
    -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" dev.chancery.bench.RuleMemory "$@"
