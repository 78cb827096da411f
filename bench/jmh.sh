#!/usr/bin/env bash
# JMH benchmarks of the inner loops (src/test/java/dev/chancery/bench, and LineJsonBenchmark in
# src/test/java/dev/chancery/batch): results in docs/jmh.md. Arguments go to JMH's own command line:
#   bench/jmh.sh                 all benchmarks, with their defaults (1 fork, 3 x 2 s warm-up, 5 x 2 s)
#   bench/jmh.sh Incremental     the benchmarks whose name matches a regular expression
#   bench/jmh.sh -l              list them;  bench/jmh.sh -h  JMH's options
set -euo pipefail
cd "$(dirname "$0")/.."
# the test classes with the harness JMH's annotation processor generates, and the test classpath
mvn -q -B -ntp test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
# the benchmarks find facts/ and rules/ from chancery.home; JMH's forks inherit it
exec java -Dchancery.home="$PWD" -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" \
    org.openjdk.jmh.Main "$@"
