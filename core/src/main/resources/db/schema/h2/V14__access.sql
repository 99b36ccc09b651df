-- Access on the county server (decision record 0017 § Access). The file on this computer has one user and no
-- roles, so nothing here restricts anything: the table only keeps the H2 file at the same schema version as
-- the server (whose V14 adds the roles, the row-level security and the functions that manage users).
CREATE TABLE centre_access (
    user_name  VARCHAR(63) NOT NULL,
    centre_id  BIGINT      NOT NULL,
    can_edit   BOOLEAN     NOT NULL DEFAULT FALSE,
    granted_by VARCHAR(63) NOT NULL,
    granted_at TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT centre_access_pk PRIMARY KEY (user_name, centre_id),
    CONSTRAINT centre_access_centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id) ON DELETE CASCADE
);

CREATE INDEX centre_access_centre_idx ON centre_access (centre_id);
