#!/usr/bin/env bash
# Rebuilds the embedded database, the photos and the archived workbooks from an online backup
# (POST /api/admin/backup):
#
#   scripts/restore-h2.sh BACKUP.zip DATA_DIR [PHOTOS_DIR [REPORTS_DIR]]
#
# The service must be stopped. DATA_DIR must hold no database yet (restore into a fresh folder,
# then point REHABTRACK_DATA_DIR at it); photos go to PHOTOS_DIR, by default DATA_DIR/photos, and
# archived workbooks to REPORTS_DIR, by default DATA_DIR/reports.
# Uses the H2 library the application ships (target/quarkus-app/lib/main), or H2_JAR.
set -euo pipefail
backup="${1:?usage: scripts/restore-h2.sh BACKUP.zip DATA_DIR [PHOTOS_DIR [REPORTS_DIR]]}"
data="${2:?usage: scripts/restore-h2.sh BACKUP.zip DATA_DIR [PHOTOS_DIR [REPORTS_DIR]]}"
photos="${3:-$data/photos}"
reports="${4:-$data/reports}"
h2="${H2_JAR:-$(ls "$(dirname "$0")"/../target/quarkus-app/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -1)}"
[ -f "$h2" ] || { echo "No H2 library: build the application, or set H2_JAR" >&2; exit 2; }
[ ! -e "$data/rehabtrack.mv.db" ] || { echo "$data already holds a database" >&2; exit 2; }

unpacked="$(mktemp -d)"
trap 'rm -rf "$unpacked"' EXIT
(cd "$unpacked" && jar xf "$(realpath "$backup")")
mkdir -p "$data" "$photos" "$reports"
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$(realpath "$data")/rehabtrack" \
    -user "${REHABTRACK_DB_USER:-rehabtrack}" -password "${REHABTRACK_DB_PASSWORD:-rehabtrack}" \
    -script "$unpacked/database/rehabtrack.sql" -options CHARSET "'UTF-8'"
if [ -d "$unpacked/photos" ]; then
    cp -p "$unpacked"/photos/* "$photos"/ 2>/dev/null || true
fi
if [ -d "$unpacked/reports" ]; then
    cp -p "$unpacked"/reports/* "$reports"/ 2>/dev/null || true
fi
echo "restored into $data (photos: $photos, archived workbooks: $reports)"
