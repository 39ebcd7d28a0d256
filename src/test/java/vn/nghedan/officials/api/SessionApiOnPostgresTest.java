package vn.nghedan.officials.api;

import vn.nghedan.support.OnPostgres;

/** {@link SessionApiTest} on PostgreSQL: sessions, their neighbourhoods and times through the API. */
@OnPostgres
class SessionApiOnPostgresTest extends SessionApiTest {}
