#!/usr/bin/env bash
# Backs up a running instance on PostgreSQL (with the sample data and a new photo) while it runs,
# restores the archive into a fresh database and photo folder, and compares: the rows of every
# table (count and a digest of all rows) and every photo file must be the same; a file in the
# photo folder that no photo record names is not backed up.
#
#   REHABTRACK_DB_KIND=postgresql mvn -DskipTests package && scripts/check-backup-postgresql.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
[ -f "$jar" ] || { echo "Build first: REHABTRACK_DB_KIND=postgresql mvn -DskipTests package" >&2; exit 2; }

export REHABTRACK_DEMO=true REHABTRACK_DATA_DIR="$work/data" REHABTRACK_PHOTOS_DIR="$work/photos"
export REHABTRACK_DB_URL="$(scripts/postgresql.sh rehabtrack_backup_original 2>/dev/null)"
scripts/postgresql.sh rehabtrack_backup_restored > /dev/null 2>&1
start_instance 18095
wait_ready 18095
write_png "$work/dot.png"
add_finding_with_photo 18095 "$work/dot.png" > /dev/null
cp "$work/dot.png" "$work/photos/orphan.png"   # a file no photo record names
scripts/backup-postgresql.sh rehabtrack_backup_original "$work/photos" "$work/backup.tar"
stop_instance 18095

scripts/restore-postgresql.sh "$work/backup.tar" rehabtrack_backup_restored "$work/restored-photos"
export PGHOST=localhost PGUSER=rehabtrack PGPASSWORD=rehabtrack
digest() {
    local tables
    tables="$(psql -At -d "$1" -c "select tablename from pg_tables where schemaname = 'public' order by 1")"
    for table in $tables; do
        psql -At -d "$1" -c "select '$table', count(*), md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), ''))
            from public.\"$table\" t"
    done
}
digest rehabtrack_backup_original > "$work/original.txt"
digest rehabtrack_backup_restored > "$work/restored.txt"
diff "$work/original.txt" "$work/restored.txt" > /dev/null || fail "the restored database differs"
[ ! -e "$work/restored-photos/orphan.png" ] || fail "an orphan photo file was backed up"
diff -r -x orphan.png "$work/photos" "$work/restored-photos" > /dev/null || fail "the restored photos differ"
echo "restored database identical ($(wc -l < "$work/original.txt") tables, $(awk -F'|' '{s+=$2} END {print s}' "$work/original.txt") rows), photos identical ($(ls "$work/restored-photos" | wc -l) files)"
echo "OK"
