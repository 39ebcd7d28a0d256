package vn.nghedan.submission;

import vn.nghedan.support.OnPostgres;

/** {@link SimilarSubmissionsTest} on PostgreSQL: the word index's upserts and its grouped lookup. */
@OnPostgres
class SimilarSubmissionsOnPostgresTest extends SimilarSubmissionsTest {}
