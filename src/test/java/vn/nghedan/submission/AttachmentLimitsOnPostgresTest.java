package vn.nghedan.submission;

import vn.nghedan.support.OnPostgres;

/** {@link AttachmentLimitsEndToEndTest} on PostgreSQL. */
@OnPostgres
class AttachmentLimitsOnPostgresTest extends AttachmentLimitsEndToEndTest {}
