package vn.nghedan.platform;

import vn.nghedan.support.OnPostgres;

/** {@link LeaseTest} on PostgreSQL, where several instances really share one database. */
@OnPostgres
class LeaseOnPostgresTest extends LeaseTest {}
