package vn.nghedan.officials.console;

import vn.nghedan.support.OnPostgres;

/** {@link ConsoleNotificationsTest} on PostgreSQL: the outbox report (failed rows, their times). */
@OnPostgres
class ConsoleNotificationsOnPostgresTest extends ConsoleNotificationsTest {}
