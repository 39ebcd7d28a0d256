-- PostgreSQL edition of sqlite/V6_4__instances.sql: several instances on one database.

-- ShedLock's table as its JDBC provider expects it (it writes and compares the times itself).
CREATE TABLE shedlock (
    name        varchar(64)  NOT NULL PRIMARY KEY,
    lock_until  timestamp    NOT NULL,
    locked_at   timestamp    NOT NULL,
    locked_by   varchar(255) NOT NULL
);

-- Leases for work only one instance may do at a time (long polling; sending).
CREATE TABLE lease (
    name        text        NOT NULL PRIMARY KEY,
    holder      text        NOT NULL,
    expires_at  timestamptz NOT NULL
);
