#!/usr/bin/env bash
# Restores an archive of scripts/backup-postgresql.sh into a new, empty database, photo folder and
# archived workbooks' folder:
#
#   scripts/restore-postgresql.sh ARCHIVE.tar DATABASE PHOTOS_DIR [REPORTS_DIR]
#
# DATABASE must exist and be empty (scripts/postgresql.sh DATABASE makes one); the service is
# then pointed at it (REHABTRACK_DB_URL), at PHOTOS_DIR (REHABTRACK_PHOTOS_DIR) and at REPORTS_DIR
# (REHABTRACK_REPORTS_ARCHIVE_DIR; by default the "reports" folder beside PHOTOS_DIR).
set -euo pipefail
archive="${1:?usage: scripts/restore-postgresql.sh ARCHIVE.tar DATABASE PHOTOS_DIR [REPORTS_DIR]}"
database="${2:?usage: scripts/restore-postgresql.sh ARCHIVE.tar DATABASE PHOTOS_DIR [REPORTS_DIR]}"
photos="${3:?usage: scripts/restore-postgresql.sh ARCHIVE.tar DATABASE PHOTOS_DIR [REPORTS_DIR]}"
reports="${4:-$(dirname "$photos")/reports}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-rehabtrack}" \
    PGPASSWORD="${PGPASSWORD:-rehabtrack}"

unpacked="$(mktemp -d)"
trap 'rm -rf "$unpacked"' EXIT
tar -xf "$archive" -C "$unpacked"
pg_restore --no-owner --exit-on-error --dbname="$database" "$unpacked/database.dump"
mkdir -p "$photos"
find "$unpacked/photos" -maxdepth 1 -type f -exec cp -p {} "$photos/" \;
mkdir -p "$reports"
if [ -d "$unpacked/reports" ]; then
    find "$unpacked/reports" -maxdepth 1 -type f -exec cp -p {} "$reports/" \;
fi
echo "restored into $database (photos: $photos, archived workbooks: $reports)"
