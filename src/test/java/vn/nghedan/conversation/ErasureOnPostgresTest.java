package vn.nghedan.conversation;

import vn.nghedan.support.OnPostgres;

/** {@link ErasureEndToEndTest} on PostgreSQL. */
@OnPostgres
class ErasureOnPostgresTest extends ErasureEndToEndTest {}
