#!/usr/bin/env bash
# Backs up a running instance on PostgreSQL (with the sample data, a new photo and a workbook
# issued) while it runs, restores the archive into a fresh database, photo folder and archived
# workbooks' folder, and compares: the rows of every table (count and a digest of all rows), every
# photo file and every archived workbook must be the same; a file in the photo or archive folder
# that no record names is not backed up.
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
curl -sf -u manager:rehabtrack-demo -o "$work/issued.xlsx" http://localhost:18095/api/reports/budget.xlsx
cp "$work/issued.xlsx" "$work/reports/orphan.xlsx"   # beside the photos; no archive record names it
scripts/backup-postgresql.sh rehabtrack_backup_original "$work/photos" "$work/backup.tar"
stop_instance 18095

scripts/restore-postgresql.sh "$work/backup.tar" rehabtrack_backup_restored "$work/restored-photos" \
    "$work/restored-reports"
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
[ ! -e "$work/restored-reports/orphan.xlsx" ] || fail "an orphan archived workbook was backed up"
diff -r -x orphan.xlsx "$work/reports" "$work/restored-reports" > /dev/null || fail "the restored archived workbooks differ"
[ "$(ls "$work/restored-reports" | wc -l)" -ge 1 ] || fail "no archived workbook was backed up"
echo "restored database identical ($(wc -l < "$work/original.txt") tables, $(awk -F'|' '{s+=$2} END {print s}' "$work/original.txt") rows), photos identical ($(ls "$work/restored-photos" | wc -l) files), archived workbooks identical ($(ls "$work/restored-reports" | wc -l) files)"
echo "OK"
