package vn.nghedan.officials;

import vn.nghedan.support.OnPostgres;

/** {@link ProvinceDashboardTest} on PostgreSQL. */
@OnPostgres
class ProvinceDashboardOnPostgresTest extends ProvinceDashboardTest {}
