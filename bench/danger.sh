#!/usr/bin/env bash
# Danger detection of the support chatbot: recall on the danger phrases and false alarms on the ordinary phrases of
# src/test/resources/support/danger/, measured by DangerCorpusTest, which writes target/danger-bench.md.
# Prints the figures; copy them into bench/danger/RESULTS.md and bench/RESULTS.md with the date and machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test -Dtest=DangerCorpusTest -Dsurefire.failIfNoSpecifiedTests=false
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)"
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM"
cat target/danger-bench.md
