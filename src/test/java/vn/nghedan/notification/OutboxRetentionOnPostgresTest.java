package vn.nghedan.notification;

import vn.nghedan.support.OnPostgres;

/** {@link OutboxRetentionTest} on PostgreSQL. */
@OnPostgres
class OutboxRetentionOnPostgresTest extends OutboxRetentionTest {}
