package vn.nghedan.conversation;

import vn.nghedan.support.OnPostgres;

/** {@link FilingEndToEndTest} on PostgreSQL: filing, similar matters, co-signing and attachments on a server database. */
@OnPostgres
class FilingOnPostgresTest extends FilingEndToEndTest {}
