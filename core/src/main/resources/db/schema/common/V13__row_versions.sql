-- Several people at once (issue 17): every record that a form edits carries a row version that each
-- guarded save raises (UPDATE ... WHERE id = ? AND row_version = ?: no row means someone else saved
-- first), who saved it last and when. Runs unchanged on H2 and PostgreSQL. Existing rows start at 0.

ALTER TABLE centre ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE centre ADD COLUMN updated_by VARCHAR(200);

ALTER TABLE person ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE person ADD COLUMN updated_by VARCHAR(200);
ALTER TABLE person ADD COLUMN updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL;

ALTER TABLE agreement ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE agreement ADD COLUMN updated_by VARCHAR(200);

ALTER TABLE annual_report ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE annual_report ADD COLUMN updated_by VARCHAR(200);

ALTER TABLE year_goal ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE year_goal ADD COLUMN updated_by VARCHAR(200);
ALTER TABLE year_goal ADD COLUMN updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL;

ALTER TABLE action_plan ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE action_plan ADD COLUMN updated_by VARCHAR(200);

ALTER TABLE wheel_occurrence ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE wheel_occurrence ADD COLUMN updated_by VARCHAR(200);
