package vn.nghedan.resident;

import vn.nghedan.support.OnPostgres;

/** {@link ResidentsTest} on PostgreSQL: native types (timestamptz, boolean, identity keys) read back as written, and the optimistic lock. */
@OnPostgres
class ResidentsOnPostgresTest extends ResidentsTest {}
