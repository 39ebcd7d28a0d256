package vn.nghedan.zalo;

import vn.nghedan.support.OnPostgres;

/** {@link ZaloFollowTest} on PostgreSQL: the unfollow and profile columns of V6_12 there. */
@OnPostgres
class ZaloFollowOnPostgresTest extends ZaloFollowTest {}
