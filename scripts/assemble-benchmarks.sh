#!/usr/bin/env bash
# Rebuilds docs/benchmarks.md from the per-topic files in docs/benchmarks/ that each benchmark
# program writes (each section keeps the exact command and date that produced its figures).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/benchmarks.md
{
  echo "# Flotilla benchmarks"
  echo
  echo "Every figure below was printed by a benchmark program of this repository on the project's"
  echo "2-core / 24 GiB build machine; each section names the exact command and the date. The"
  echo "machine was often shared with other builds while these ran, so times are pessimistic."
  echo "Regenerate this page with \`scripts/assemble-benchmarks.sh\` after re-running a benchmark."
  echo
  for topic in scale collector store sim lab operator api adviser; do
    f=docs/benchmarks/$topic.md
    [ -f "$f" ] || continue
    echo "---"
    echo
    sed -e 's/^# /## /' "$f"
    echo
  done
} > "$out"
echo "wrote $out"
