#!/usr/bin/env bash
# Idempotent set-up of what the tests need on a fresh machine. Safe to run many times.
set -euo pipefail
say() { echo "setup: $*"; }

command -v java >/dev/null || { say "java not found: install a JDK 17"; exit 1; }
command -v mvn >/dev/null || { say "mvn not found: install Maven 3.8+"; exit 1; }

# PostgreSQL for the store contract tests (127.0.0.1:5432, user postgres, database test).
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    say "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
fi
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  say "PostgreSQL is ready on 127.0.0.1:5432"
else
  say "PostgreSQL is not reachable on 127.0.0.1:5432; the PostgreSQL store tests will fail"
fi

# Headless Chromium and its driver for the dashboard browser tests (Debian packages); always
# needed: flotilla-server's browser tests fail with a clear message when they are missing.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing chromium and chromium-driver (Debian packages)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    say "chromium/chromedriver missing and cannot install them (need root and apt-get)"
  fi
fi
