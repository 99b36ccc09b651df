-- Who may read the audit trail on the shared server (issue 17, decision record 0017): the trail (V15)
-- came after the access rules (V14), so it gets its own here. Everyone of Samordna's groups may read
-- the trail of the centres they see; the row-level policy keeps the rest out, as for the records
-- themselves. Rows about no centre (a user's access being changed) are for the administrators and the
-- county. Only SELECT is granted: the database writes the trail itself (V15), as the table's owner,
-- to whom row-level security does not apply (ENABLE, not FORCE).

CREATE INDEX record_change_main_uuid_idx ON record_change (main_uuid);

GRANT SELECT ON record_change TO samordna_admin, samordna_county, samordna_coordinator;

ALTER TABLE record_change ENABLE ROW LEVEL SECURITY;

CREATE POLICY record_change_see ON record_change FOR SELECT
    USING ((SELECT samordna_sees_all()) OR centre_id = ANY ((SELECT samordna_seen_centres())::bigint[]));

-- With row-level security on, an UPDATE or DELETE by someone else finds no rows, so V15's row guard
-- would never fire and the attempt would pass in silence: this guard refuses the statement itself.
CREATE TRIGGER record_change_guard_statement BEFORE INSERT OR UPDATE OR DELETE ON record_change
    FOR EACH STATEMENT EXECUTE FUNCTION samordna_audit_guard();
