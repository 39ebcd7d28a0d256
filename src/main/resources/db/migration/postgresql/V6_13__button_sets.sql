-- Lighter per update (issue 12 part 3): the buttons a turn offers are one row, not a row each.
-- A button's callback data is the set's token and its place in the set ("…0", "…1"). A filing
-- shows some forty buttons, each an INSERT into the table and three indexes; now a turn writes one row.
CREATE TABLE button_set (
    token        text        PRIMARY KEY,
    chat_id      bigint      NOT NULL,
    generation   integer,
    expires_at   timestamptz NOT NULL,
    -- [[action, argument], …] in the order of the buttons' places; never resident text
    buttons      text        NOT NULL
);
-- Buttons already on people's screens keep working: each becomes a set of one, and its 12-character
-- callback data is read as place 0 of that set.
INSERT INTO button_set (token, chat_id, generation, expires_at, buttons)
    SELECT token, chat_id, generation, expires_at, json_build_array(json_build_array(action, argument))::text
    FROM offered_button;
DROP TABLE offered_button;
-- Read by DELETE … WHERE chat_id = ? (Decree 13) and by the hourly purge of expired sets.
CREATE INDEX button_set_chat ON button_set (chat_id);
CREATE INDEX button_set_expiry ON button_set (expires_at);
