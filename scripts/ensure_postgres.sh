#!/usr/bin/env bash
# The team-database tests start a real PostgreSQL server (tests/pg_server.py) from the
# machine's server binaries. Install Debian's package when they are missing and we are
# root (as on CI); otherwise say what to do. Never a silent skip.
set -euo pipefail
have_server() {
    command -v pg_ctl >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null
}
have_server && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL for the team-database tests (apt-get install postgresql)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null \
        || apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    have_server && exit 0
fi
echo "PostgreSQL server binaries (pg_ctl, initdb) are missing: install Debian's postgresql" \
     "package (or your system's), then run make test again." >&2
exit 1
