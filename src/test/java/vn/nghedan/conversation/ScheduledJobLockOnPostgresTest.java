package vn.nghedan.conversation;

import vn.nghedan.support.OnPostgres;

/** {@link ScheduledJobLockTest} on PostgreSQL: ShedLock's JDBC provider on the server engine. */
@OnPostgres
class ScheduledJobLockOnPostgresTest extends ScheduledJobLockTest {}
