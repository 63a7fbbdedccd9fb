#!/usr/bin/env bash
# The whole Flotilla test suite: unit tests, store contract tests on SQLite and PostgreSQL,
# and integration tests on real local Flink clusters (started and stopped by the tests).
# Extra arguments go to Maven, e.g. ./run-tests.sh -Dflotilla.skipLab=true
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
bash scripts/setup-test-env.sh
exec mvn -B -ntp verify "$@"
