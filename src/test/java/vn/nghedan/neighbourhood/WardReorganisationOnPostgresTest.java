package vn.nghedan.neighbourhood;

import vn.nghedan.support.OnPostgres;

/** {@link WardReorganisationTest} on PostgreSQL. */
@OnPostgres
class WardReorganisationOnPostgresTest extends WardReorganisationTest {}
