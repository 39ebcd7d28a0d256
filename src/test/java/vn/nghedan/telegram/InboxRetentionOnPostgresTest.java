package vn.nghedan.telegram;

import vn.nghedan.support.OnPostgres;

/** {@link InboxRetentionTest} on PostgreSQL. */
@OnPostgres
class InboxRetentionOnPostgresTest extends InboxRetentionTest {}
