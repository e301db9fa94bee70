#!/usr/bin/env bash
# Backs up RehabTrack on PostgreSQL while it runs: the database with pg_dump, then the files of the
# photos and of the archived workbooks that database knows, into one archive:
#
#   scripts/backup-postgresql.sh DATABASE PHOTOS_DIR ARCHIVE.tar [REPORTS_DIR]
#
# REPORTS_DIR, the archived workbooks' folder, is by default the "reports" folder beside PHOTOS_DIR.
# One read-only transaction exports its snapshot to pg_dump and reads the file names in that same
# snapshot, so the archive holds exactly the files of the photos (and their thumbnails) and of the
# archived workbooks in the dump: every one the dump knows has its file, and a file no record names
# (an orphan) is left out. Connects as
# PGUSER (default rehabtrack) to PGHOST:PGPORT (default localhost:5432), PGPASSWORD from the
# environment (default rehabtrack).
set -euo pipefail
database="${1:?usage: scripts/backup-postgresql.sh DATABASE PHOTOS_DIR ARCHIVE.tar [REPORTS_DIR]}"
photos="${2:?usage: scripts/backup-postgresql.sh DATABASE PHOTOS_DIR ARCHIVE.tar [REPORTS_DIR]}"
archive="${3:?usage: scripts/backup-postgresql.sh DATABASE PHOTOS_DIR ARCHIVE.tar [REPORTS_DIR]}"
reports="${4:-$(dirname "$photos")/reports}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-rehabtrack}" \
    PGPASSWORD="${PGPASSWORD:-rehabtrack}"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
mkfifo "$staging/in"
psql -X -q -At -v ON_ERROR_STOP=1 -d "$database" < "$staging/in" > "$staging/out" &
exec 3> "$staging/in"
echo "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SELECT pg_export_snapshot();" >&3
until [ -s "$staging/out" ]; do sleep 0.1; done
snapshot="$(head -1 "$staging/out")"
pg_dump --format=custom --no-owner --snapshot="$snapshot" --file="$staging/database.dump" "$database"
echo "\\o $staging/names" >&3
echo "SELECT storage_name FROM photo UNION ALL SELECT thumbnail_name FROM photo WHERE thumbnail_name IS NOT NULL;" >&3
echo "\\o $staging/reports-names" >&3
echo "SELECT storage_name FROM issued_report; COMMIT;" >&3
exec 3>&-
wait
mkdir -p "$staging/photos"
while IFS= read -r name; do
    case "$name" in */* | .*) continue ;; esac
    if [ -f "$photos/$name" ]; then
        cp -p "$photos/$name" "$staging/photos/"
    else
        echo "warning: photo file $name is missing from $photos" >&2
    fi
done < "$staging/names"
mkdir -p "$staging/reports"
while IFS= read -r name; do
    case "$name" in */* | .*) continue ;; esac
    if [ -f "$reports/$name" ]; then
        cp -p "$reports/$name" "$staging/reports/"
    else
        echo "warning: archived workbook $name is missing from $reports" >&2
    fi
done < "$staging/reports-names"
rm -f "$staging/in" "$staging/out" "$staging/names" "$staging/reports-names"
tar -cf "$archive" -C "$staging" database.dump photos reports
echo "backed up $database, $(ls "$staging/photos" | wc -l) photos and $(ls "$staging/reports" | wc -l) archived workbooks into $archive"
