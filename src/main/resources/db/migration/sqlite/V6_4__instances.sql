-- Several instances on one database (issue 13).

-- ShedLock's table, as its JDBC provider expects it: one row per scheduled job; the instance
-- whose lock_until is still ahead runs the job, the others skip that run. Times are written by
-- ShedLock through JDBC timestamps (sqlite-jdbc stores them as epoch milliseconds, PostgreSQL as
-- timestamp), not as the app's ISO text: ShedLock compares them itself.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP    NOT NULL,
    locked_at   TIMESTAMP    NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);

-- Leases for work only one instance may do at a time (long polling; sending): the holder renews
-- expires_at well before it passes; when it lapses, another instance takes the lease over.
CREATE TABLE lease (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    expires_at  VARCHAR(24)  NOT NULL
);
