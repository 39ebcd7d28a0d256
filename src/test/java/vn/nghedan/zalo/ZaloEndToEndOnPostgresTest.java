package vn.nghedan.zalo;

import vn.nghedan.support.OnPostgres;

/** {@link ZaloEndToEndTest} on PostgreSQL: the Zalo inbox's claim, addresses and token pair on a server database. */
@OnPostgres
class ZaloEndToEndOnPostgresTest extends ZaloEndToEndTest {}
