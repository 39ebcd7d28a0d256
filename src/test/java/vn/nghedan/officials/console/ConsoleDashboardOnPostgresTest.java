package vn.nghedan.officials.console;

import vn.nghedan.support.OnPostgres;

/** {@link ConsoleDashboardTest} on PostgreSQL: the grouped counts and the weekly chart read from timestamptz. */
@OnPostgres
class ConsoleDashboardOnPostgresTest extends ConsoleDashboardTest {}
