-- The shared server's V16 lets Samordna's groups read the audit trail of the centres they see. The
-- laptop's file has one user and no roles: here only the index both have, for a record's history by
-- its uuid, so that both kinds of database stay at the same version.

CREATE INDEX record_change_main_uuid_idx ON record_change (main_uuid);
