package vn.nghedan.officials;

import vn.nghedan.support.OnPostgres;

/** {@link AgendaEndToEndTest} on PostgreSQL: the console's agenda and the notices it plans, on a server database. */
@OnPostgres
class AgendaOnPostgresTest extends AgendaEndToEndTest {}
