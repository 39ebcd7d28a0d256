#!/bin/sh
# Backs up a one-PC installation while the app runs: a consistent copy of the SQLite database
# (sqlite3's online .backup, safe beside the app's writes in WAL mode) and the attachments.
#   backup-sqlite.sh [data folder] [backup folder]
# Defaults: /opt/nghe-dan/data and /var/backups/nghe-dan. Keep copies on another disk or PC.
set -eu
DATA=${1:-/opt/nghe-dan/data}
DEST=${2:-/var/backups/nghe-dan}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$DEST"
sqlite3 "$DATA/nghe-dan.db" ".backup '$DEST/nghe-dan-$STAMP.db'"
# A copy that does not pass its own integrity check is no backup.
test "$(sqlite3 "$DEST/nghe-dan-$STAMP.db" 'PRAGMA integrity_check;')" = ok
if [ -d "$DATA/attachments" ]; then
  tar -C "$DATA" -czf "$DEST/attachments-$STAMP.tar.gz" attachments
fi
echo "$DEST/nghe-dan-$STAMP.db"
