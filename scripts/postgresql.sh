#!/usr/bin/env bash
# Starts a PostgreSQL server on loopback from Debian's packages (installing them when missing)
# and makes a fresh, empty database for RehabTrack:
#
#   scripts/postgresql.sh DATABASE
#
# The role "rehabtrack" (password "rehabtrack", allowed to create databases) owns the database;
# an existing database of that name is dropped first. Prints the JDBC URL. Runs as root or with sudo.
set -euo pipefail
database="${1:?usage: scripts/postgresql.sh DATABASE}"
as_root=""
if [ "$(id -u)" -ne 0 ]; then as_root="sudo"; fi

# Callers capture the URL from standard output, so everything else the tools print goes to standard
# error (pg_ctlcluster, for one, says "Removed stale pid file." after an unclean stop).
{
    if ! command -v pg_lsclusters > /dev/null || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
        $as_root apt-get update -q > /dev/null
        DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -q --no-install-recommends postgresql > /dev/null
    fi
    read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
    if [ "$status" != "online" ]; then
        $as_root pg_ctlcluster "$version" "$cluster" start
    fi
    for _ in $(seq 1 30); do
        pg_isready -q -h localhost -p "$port" && break
        sleep 1
    done

    as_postgres() { $as_root runuser -u postgres -- "$@"; }
    if [ "$(as_postgres psql -p "$port" -Atc "select 1 from pg_roles where rolname = 'rehabtrack'")" != "1" ]; then
        as_postgres psql -q -p "$port" -c "create role rehabtrack login password 'rehabtrack'"
    fi
    # The tests that start the packaged application make a fresh database for each start.
    as_postgres psql -q -p "$port" -c 'alter role rehabtrack createdb'
    as_postgres dropdb -p "$port" --if-exists --force "$database"
    as_postgres createdb -p "$port" -O rehabtrack "$database"
} >&2
echo "jdbc:postgresql://localhost:$port/$database"
