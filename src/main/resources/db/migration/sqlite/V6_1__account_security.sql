-- An account whose password someone else knows (the random first-admin password printed in the
-- log, or one a ward admin reset) must choose its own at the next console sign-in. 0/1 boolean.
ALTER TABLE account ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
