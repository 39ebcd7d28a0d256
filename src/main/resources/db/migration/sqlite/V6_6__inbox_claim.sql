-- PostgreSQL's V6_6 adds the index behind the per-chat claim of the inbox, with which several
-- instances share it. On SQLite one process reads the inbox in update order without a claim,
-- so nothing changes here; the version is kept so both engines share their version numbers.
SELECT 1;
