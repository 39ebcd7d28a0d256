package vn.nghedan.officials.api;

import vn.nghedan.support.OnPostgres;

/** {@link SubmissionApiTest} on PostgreSQL: listing with filters, the diacritics-blind search (LIKE on folded text, a number as text), paging and the moderation steps. */
@OnPostgres
class SubmissionApiOnPostgresTest extends SubmissionApiTest {}
