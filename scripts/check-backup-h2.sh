#!/usr/bin/env bash
# Backs up a running instance on the embedded H2 database (with the sample data, a new photo and a
# workbook issued), restores the backup into a fresh folder, and compares: every row of every table
# (both databases written out as SQL by H2's Script tool), every photo file and every archived
# workbook must be the same; a file in the photo or archive folder that no record names is not
# backed up.
#
#   mvn -DskipTests package && scripts/check-backup-h2.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
[ -f "$jar" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }
h2="$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -1)"

export REHABTRACK_DEMO=true REHABTRACK_DATA_DIR="$work/original" REHABTRACK_LOG_JSON=true
start_instance 18091
wait_ready 18091
grep -q '^{.*"message"' "$work/instance-18091.log" || fail "REHABTRACK_LOG_JSON=true did not log JSON"
write_png "$work/dot.png"
add_finding_with_photo 18091 "$work/dot.png" > /dev/null
cp "$work/dot.png" "$work/original/photos/orphan.png"   # a file no photo record names
curl -sf -u manager:rehabtrack-demo -o "$work/issued.xlsx" http://localhost:18091/api/reports/budget.xlsx
cp "$work/issued.xlsx" "$work/original/reports/orphan.xlsx"   # a file no archive record names
name="$(curl -sf -u admin:rehabtrack-demo -X POST http://localhost:18091/api/admin/backup \
    | grep -o '"file":"[^"]*"' | cut -d'"' -f4)"
case "$name" in */*) fail "the answer names a path of the server: $name" ;; esac
backup="$work/original/backups/$name"
[ -f "$backup" ] || fail "no backup written"
echo "online backup written: $name"
stop_instance 18091

scripts/restore-h2.sh "$backup" "$work/restored" > /dev/null
dump() {
    java -cp "$h2" org.h2.tools.Script -url "jdbc:h2:file:$1/rehabtrack" -user rehabtrack -password rehabtrack \
        -script "$2"
}
dump "$work/original" "$work/original.sql"
dump "$work/restored" "$work/restored.sql"
# Compared as sets of statements, without the database user's line (a new random salt each time).
for side in original restored; do
    grep -v '^CREATE USER' "$work/$side.sql" | sort > "$work/$side.sorted"
done
rows="$(grep -c '^(' "$work/original.sql" || true)"
diff "$work/original.sorted" "$work/restored.sorted" > "$work/db.diff" || { head -20 "$work/db.diff" >&2; fail "the restored database differs"; }
[ ! -e "$work/restored/photos/orphan.png" ] || fail "an orphan photo file was backed up"
diff -r -x orphan.png "$work/original/photos" "$work/restored/photos" > /dev/null || fail "the restored photos differ"
[ ! -e "$work/restored/reports/orphan.xlsx" ] || fail "an orphan archived workbook was backed up"
diff -r -x orphan.xlsx "$work/original/reports" "$work/restored/reports" > /dev/null || fail "the restored archived workbooks differ"
[ "$(ls "$work/restored/reports" | wc -l)" -ge 1 ] || fail "no archived workbook was backed up"
echo "restored database identical ($rows rows), photos identical ($(ls "$work/restored/photos" | wc -l) files), archived workbooks identical ($(ls "$work/restored/reports" | wc -l) files)"
echo "OK"
