-- The shared server's V16 lets Samordna's groups read the audit trail of the centres they see. The
-- laptop's file has one user and no roles; this keeps both kinds of database at the same version.

COMMENT ON TABLE record_change IS 'Samordna: who changed what and when, written by triggers only';
