-- A province's dashboard compares its wards (issue 14): submissions per khóm and status, and the
-- open ones filed before a date (overdue answers). This index holds all three, so the per-ward
-- counts over a million submissions read the index alone instead of every row of the table
-- (ProvinceScaleBenchmark: 1.0 s → see README). Ordered by id within khóm and status, the lists
-- keep using submission_neighbourhood_status.
CREATE INDEX submission_khom_status_created ON submission (neighbourhood_code, status, created_at);
