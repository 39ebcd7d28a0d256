package vn.nghedan.conversation;

import vn.nghedan.support.OnPostgres;

/** {@link DailyLimitEndToEndTest} on PostgreSQL. */
@OnPostgres
class DailyLimitOnPostgresTest extends DailyLimitEndToEndTest {}
