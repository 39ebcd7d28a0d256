package vn.nghedan.conversation;

import vn.nghedan.support.OnPostgres;

/** {@link OnboardingEndToEndTest} on PostgreSQL: the bot through the real client, with the inbox, conversation state, buttons and outbox on a server database. */
@OnPostgres
class OnboardingOnPostgresTest extends OnboardingEndToEndTest {}
