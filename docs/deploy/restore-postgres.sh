#!/bin/sh
# Restores a dump made by backup-postgres.sh into a database. Stop every app instance first.
#   PGHOST=… PGUSER=nghedan PGPASSWORD=… restore-postgres.sh <dump> [database]
# The database's tables are dropped and recreated from the dump, in one transaction: a failed
# restore leaves the database as it was. Restore the attachments tar into the data folder too.
set -eu
DUMP=$1
DB=${2:-nghedan}
pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --dbname="$DB" "$DUMP"
echo "restored into $DB; start the app instances again"
