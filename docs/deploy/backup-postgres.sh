#!/bin/sh
# Backs up a PostgreSQL installation while the apps run: pg_dump takes one consistent snapshot.
#   PGHOST=… PGUSER=nghedan PGPASSWORD=… backup-postgres.sh [database] [backup folder] [data folder]
# With the compose file: docker compose exec -T db pg_dump -U nghedan -Fc nghedan > nghedan.dump
# The attachments live in the apps' shared data folder: copy it too (here as a tar file).
set -eu
DB=${1:-nghedan}
DEST=${2:-/var/backups/nghe-dan}
DATA=${3:-}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$DEST"
# Custom format: compressed, and pg_restore can restore it selectively or in parallel.
pg_dump --format=custom --no-owner --dbname="$DB" --file="$DEST/nghedan-$STAMP.dump"
pg_restore --list "$DEST/nghedan-$STAMP.dump" > /dev/null
if [ -n "$DATA" ] && [ -d "$DATA/attachments" ]; then
  tar -C "$DATA" -czf "$DEST/attachments-$STAMP.tar.gz" attachments
fi
echo "$DEST/nghedan-$STAMP.dump"
