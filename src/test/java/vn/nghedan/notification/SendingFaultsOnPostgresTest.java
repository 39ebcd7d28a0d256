package vn.nghedan.notification;

import vn.nghedan.support.OnPostgres;

/** {@link SendingFaultsEndToEndTest} on PostgreSQL: 429 pauses (kept in send_pause), retries and blocked chats, on a server database. */
@OnPostgres
class SendingFaultsOnPostgresTest extends SendingFaultsEndToEndTest {}
