-- The audit trail (issue 17, decision record 0017). On the shared server (db/postgresql/V15) the
-- database itself writes a row here for every change to a centre's records. This file on a laptop
-- has one user, so nothing writes to it here: the table exists so that both kinds of database are at
-- the same version with the same tables, and the history is read by one piece of code on both.

CREATE TABLE record_change (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name     VARCHAR(63)  NOT NULL,
    record_id      BIGINT,
    record_uuid    UUID,
    centre_id      BIGINT,
    main_table     VARCHAR(63)  NOT NULL,
    main_id        BIGINT,
    main_uuid      UUID,
    action         VARCHAR(6)   NOT NULL,
    changed_by     VARCHAR(200) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    changed_fields VARCHAR(1000000) NOT NULL DEFAULT '[]',
    CONSTRAINT record_change_action_known CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX record_change_record_idx ON record_change (table_name, record_id);
CREATE INDEX record_change_main_idx ON record_change (main_table, main_id);
CREATE INDEX record_change_centre_idx ON record_change (centre_id, changed_at);
