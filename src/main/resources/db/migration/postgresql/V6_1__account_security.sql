-- PostgreSQL edition of sqlite/V6_1__account_security.sql: an account whose password someone
-- else knows (the printed first-admin password, or one a ward admin reset) must choose its own at
-- the next console sign-in.
ALTER TABLE account ADD COLUMN must_change_password boolean NOT NULL DEFAULT FALSE;
