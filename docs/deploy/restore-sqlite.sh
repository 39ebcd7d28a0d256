#!/bin/sh
# Restores a backup made by backup-sqlite.sh. Stop the app first (systemctl stop nghe-dan).
#   restore-sqlite.sh <backup .db> [attachments .tar.gz] [data folder]
set -eu
BACKUP=$1
ATTACHMENTS=${2:-}
DATA=${3:-/opt/nghe-dan/data}
test "$(sqlite3 "$BACKUP" 'PRAGMA integrity_check;')" = ok
mkdir -p "$DATA"
# The old WAL and shared-memory files belong to the old database: they must not be replayed
# onto the restored one.
rm -f "$DATA/nghe-dan.db-wal" "$DATA/nghe-dan.db-shm"
cp "$BACKUP" "$DATA/nghe-dan.db.restoring"
mv "$DATA/nghe-dan.db.restoring" "$DATA/nghe-dan.db"
if [ -n "$ATTACHMENTS" ]; then
  rm -rf "$DATA/attachments"
  tar -C "$DATA" -xzf "$ATTACHMENTS"
fi
echo "restored into $DATA; start the app again (systemctl start nghe-dan)"
