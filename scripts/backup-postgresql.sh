#!/usr/bin/env bash
# Backs up RehabTrack on PostgreSQL while it runs: the database with pg_dump (one consistent
# snapshot), then the photo folder, into one archive:
#
#   scripts/backup-postgresql.sh DATABASE PHOTOS_DIR ARCHIVE.tar
#
# Photos are copied after the dump, so every photo the dump knows has its file. Connects as
# PGUSER (default rehabtrack) to PGHOST:PGPORT (default localhost:5432), PGPASSWORD from the
# environment (default rehabtrack).
set -euo pipefail
database="${1:?usage: scripts/backup-postgresql.sh DATABASE PHOTOS_DIR ARCHIVE.tar}"
photos="${2:?usage: scripts/backup-postgresql.sh DATABASE PHOTOS_DIR ARCHIVE.tar}"
archive="${3:?usage: scripts/backup-postgresql.sh DATABASE PHOTOS_DIR ARCHIVE.tar}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-rehabtrack}" \
    PGPASSWORD="${PGPASSWORD:-rehabtrack}"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
pg_dump --format=custom --no-owner --file="$staging/database.dump" "$database"
mkdir -p "$staging/photos"
if [ -d "$photos" ]; then
    find "$photos" -maxdepth 1 -type f ! -name '.*' -exec cp -p {} "$staging/photos/" \;
fi
tar -cf "$archive" -C "$staging" database.dump photos
echo "backed up $database and $(ls "$staging/photos" | wc -l) photos into $archive"
