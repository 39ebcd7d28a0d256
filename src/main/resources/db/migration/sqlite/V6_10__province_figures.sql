-- A province's dashboard compares its wards (issue 14): submissions per khóm, status, channel and
-- session, one GROUP BY over a million rows. This index holds all four, so the count reads the
-- index alone instead of every row of the table (ProvinceScaleBenchmark: 3.1 s → 0.3 s on SQLite
-- at 1M). The lists keep using submission_neighbourhood_status.
CREATE INDEX submission_khom_counts ON submission (neighbourhood_code, status, channel, session_id);
