package vn.nghedan.residentweb;

import vn.nghedan.support.OnPostgres;

/** {@link PublicSubmissionApiTest} on PostgreSQL: follow links, web "me too"s and the daily count in its types. */
@OnPostgres
class PublicSubmissionApiOnPostgresTest extends PublicSubmissionApiTest {}
