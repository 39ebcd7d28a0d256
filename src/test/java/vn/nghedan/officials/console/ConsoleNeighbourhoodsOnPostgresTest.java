package vn.nghedan.officials.console;

import vn.nghedan.support.OnPostgres;

/** {@link ConsoleNeighbourhoodsTest} on PostgreSQL: residents and unreachable ones counted per neighbourhood. */
@OnPostgres
class ConsoleNeighbourhoodsOnPostgresTest extends ConsoleNeighbourhoodsTest {}
