-- The audit trail on the shared server (issue 17, decision record 0017): who changed what and when,
-- written by the database itself, so a change made with psql is recorded as surely as one made in
-- Samordna. One row per changed row: the table, the row's id and uuid, the centre it belongs to (for
-- row-level security), the main record it is part of (a report field belongs to its report, a clause
-- to its agreement, a person to their centre), the action, the login user (session_user: the person
-- who logged in, whatever role they have set), the time, and the changed columns with their old and
-- new values for short columns only; long texts (report texts, clause bodies, notes over 255
-- characters) and files are named, never copied. Nobody writes to this table but the trigger function
-- below, which runs as the table's owner.

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
    changed_by     VARCHAR(200) NOT NULL DEFAULT session_user,
    changed_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_fields JSONB        NOT NULL DEFAULT '[]'::jsonb,
    CONSTRAINT record_change_action_known CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX record_change_record_idx ON record_change (table_name, record_id);
CREATE INDEX record_change_main_idx ON record_change (main_table, main_id);
CREATE INDEX record_change_centre_idx ON record_change (centre_id, changed_at);

-- A uuid column's value as a uuid (the wheel's are text), or NULL when it is not one.
CREATE FUNCTION samordna_audit_uuid(value TEXT) RETURNS UUID
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                THEN value::uuid END
$$;

-- The centre a row belongs to and the main record it is part of: a centre's parts and people belong
-- to the centre, an agreement's clauses to the agreement, a report's texts to the report, a plan's
-- areas, sub-goals, activities and checkpoints to the plan, and so on. Rows of a table not named here
-- are their own main record (with their centre_id when they have one). Static queries, one per kind
-- of parent, so their plans are kept (the trigger runs for every row written). A parent that is gone
-- already (deleted in the same statement, by ON DELETE CASCADE) is found in the trail instead.
CREATE FUNCTION samordna_audit_resolve(tbl TEXT, rec JSONB, OUT centre_id BIGINT, OUT main_table TEXT,
                                       OUT main_id BIGINT, OUT main_uuid UUID)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    parent_table TEXT;
    parent_id BIGINT;
    own_centre BIGINT := CASE WHEN rec ? 'centre_id' THEN (rec ->> 'centre_id')::bigint END;
BEGIN
    CASE
        WHEN tbl = 'centre' THEN
            centre_id := (rec ->> 'id')::bigint;
            main_table := 'centre';
            main_id := centre_id;
            main_uuid := samordna_audit_uuid(rec ->> 'uuid');
            RETURN;
        WHEN tbl IN ('centre_part', 'person') THEN
            parent_table := 'centre';
            parent_id := own_centre;
            SELECT c.id, 'centre', c.id, c.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM centre c WHERE c.id = parent_id;
        WHEN tbl IN ('agreement_clause', 'agreement_value', 'agreement_party', 'agreement_task',
                     'agreement_cost_year', 'agreement_attachment', 'agreement_review') THEN
            parent_table := 'agreement';
            parent_id := (rec ->> 'agreement_id')::bigint;
            SELECT a.centre_id, 'agreement', a.id, a.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM agreement a WHERE a.id = parent_id;
        WHEN tbl IN ('workshop_statement', 'workshop_agreed') THEN
            parent_table := 'workshop';
            parent_id := (rec ->> 'workshop_id')::bigint;
            SELECT w.centre_id, 'workshop', w.id, w.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM workshop w WHERE w.id = parent_id;
        WHEN tbl IN ('survey_item', 'survey_translation', 'survey_translation_review', 'survey_response') THEN
            parent_table := 'survey';
            parent_id := (rec ->> 'survey_id')::bigint;
            SELECT s.centre_id, 'survey', s.id, s.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM survey s WHERE s.id = parent_id;
        WHEN tbl = 'survey_answer' THEN
            parent_table := 'survey_response';
            parent_id := (rec ->> 'response_id')::bigint;
            SELECT s.centre_id, 'survey', s.id, s.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE r.id = parent_id;
        WHEN tbl IN ('report_field', 'report_visits') THEN
            parent_table := 'annual_report';
            parent_id := (rec ->> 'report_id')::bigint;
            SELECT r.centre_id, 'annual_report', r.id, r.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM annual_report r WHERE r.id = parent_id;
        WHEN tbl IN ('wheel_occurrence', 'wheel_tick') THEN
            parent_table := 'wheel_activity';
            parent_id := (rec ->> 'activity_id')::bigint;
            SELECT w.centre_id, 'wheel_activity', w.id, samordna_audit_uuid(w.uuid)
            INTO centre_id, main_table, main_id, main_uuid
            FROM wheel_activity w WHERE w.id = parent_id;
        WHEN tbl IN ('action_plan_centre', 'plan_area', 'plan_proposal_answer') THEN
            parent_table := 'action_plan';
            parent_id := (rec ->> 'plan_id')::bigint;
            SELECT p.centre_id, 'action_plan', p.id, p.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM action_plan p WHERE p.id = parent_id;
        WHEN tbl = 'plan_subgoal' THEN
            parent_table := 'plan_area';
            parent_id := (rec ->> 'area_id')::bigint;
            SELECT p.centre_id, 'action_plan', p.id, p.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM plan_area a JOIN action_plan p ON p.id = a.plan_id WHERE a.id = parent_id;
        WHEN tbl = 'plan_activity' THEN
            parent_table := 'plan_subgoal';
            parent_id := (rec ->> 'subgoal_id')::bigint;
            SELECT p.centre_id, 'action_plan', p.id, p.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM plan_subgoal s JOIN plan_area a ON a.id = s.area_id JOIN action_plan p ON p.id = a.plan_id
            WHERE s.id = parent_id;
        WHEN tbl = 'plan_checkpoint' THEN
            parent_table := 'plan_activity';
            parent_id := (rec ->> 'activity_id')::bigint;
            SELECT p.centre_id, 'action_plan', p.id, p.uuid INTO centre_id, main_table, main_id, main_uuid
            FROM plan_activity v JOIN plan_subgoal s ON s.id = v.subgoal_id JOIN plan_area a ON a.id = s.area_id
            JOIN action_plan p ON p.id = a.plan_id WHERE v.id = parent_id;
        ELSE
            IF tbl = 'year_package_import' THEN
                SELECT c.id INTO centre_id FROM centre c WHERE c.uuid = samordna_audit_uuid(rec ->> 'centre_uuid');
            END IF;
            centre_id := COALESCE(own_centre, centre_id);
            main_table := tbl;
            main_id := (rec ->> 'id')::bigint;
            main_uuid := samordna_audit_uuid(rec ->> 'uuid');
            RETURN;
    END CASE;
    IF main_table IS NULL THEN
        SELECT r.centre_id, r.main_table, r.main_id, r.main_uuid INTO centre_id, main_table, main_id, main_uuid
        FROM record_change r
        WHERE r.table_name = parent_table AND r.record_id = parent_id
        ORDER BY r.id DESC LIMIT 1;
        main_table := COALESCE(main_table, parent_table);
        main_id := COALESCE(main_id, parent_id);
    END IF;
    -- A plan's row for one centre of a municipal plan belongs to that centre.
    centre_id := COALESCE(own_centre, centre_id);
END
$$;

-- Writes one row of the trail for each inserted, updated or deleted row. An update that changes
-- nothing but updated_at (a save of the same text) is not a change and leaves no row.
CREATE FUNCTION samordna_audit() RETURNS TRIGGER
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    old_row JSONB := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row JSONB := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    rec JSONB := COALESCE(new_row, old_row);
    col RECORD;
    old_value JSONB;
    new_value JSONB;
    entry JSONB;
    fields JSONB := '[]'::jsonb;
    keys JSONB := '[]'::jsonb;
    changed BOOLEAN := false;
    owner_centre BIGINT;
    owner_table TEXT;
    owner_id BIGINT;
    owner_uuid UUID;
BEGIN
    FOR col IN
        SELECT a.attname::text AS name,
               t.typname IN ('text', 'bytea', 'json', 'jsonb', 'xml')
                   OR (t.typname IN ('varchar', 'bpchar') AND (a.atttypmod < 0 OR a.atttypmod - 4 > 255)) AS long,
               t.typname = 'bytea' AS file,
               EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary
                       AND a.attnum = ANY (i.indkey)) AS in_key
        FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
        WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum
    LOOP
        CONTINUE WHEN col.name IN ('id', 'uuid', 'created_at', 'updated_at', 'updated_by', 'row_version');
        old_value := old_row -> col.name;
        new_value := new_row -> col.name;
        IF TG_OP = 'UPDATE' AND old_value IS NOT DISTINCT FROM new_value THEN
            -- Unchanged: named only when it is part of the key, so "which report field" stays known.
            IF col.in_key AND NOT col.long THEN
                keys := keys || jsonb_build_array(jsonb_build_object('field', col.name, 'key', true,
                        'old', old_value, 'new', new_value));
            END IF;
            CONTINUE;
        END IF;
        CONTINUE WHEN TG_OP = 'INSERT' AND (new_value IS NULL OR new_value IN ('null'::jsonb, '""'::jsonb));
        CONTINUE WHEN TG_OP = 'DELETE' AND (old_value IS NULL OR old_value IN ('null'::jsonb, '""'::jsonb));
        changed := true;
        entry := jsonb_build_object('field', col.name);
        IF col.long THEN
            entry := entry || jsonb_build_object('long', true);
            IF col.file THEN
                entry := entry || jsonb_build_object('file', true);
            END IF;
        ELSE
            IF TG_OP <> 'INSERT' THEN
                entry := entry || jsonb_build_object('old', old_value);
            END IF;
            IF TG_OP <> 'DELETE' THEN
                entry := entry || jsonb_build_object('new', new_value);
            END IF;
        END IF;
        IF col.in_key THEN
            entry := entry || jsonb_build_object('key', true);
        END IF;
        fields := fields || jsonb_build_array(entry);
    END LOOP;
    IF TG_OP = 'UPDATE' AND NOT changed THEN
        RETURN NULL;
    END IF;
    SELECT r.centre_id, r.main_table, r.main_id, r.main_uuid INTO owner_centre, owner_table, owner_id, owner_uuid
    FROM samordna_audit_resolve(TG_TABLE_NAME, rec) r;
    INSERT INTO record_change (table_name, record_id, record_uuid, centre_id, main_table, main_id, main_uuid,
                               action, changed_by, changed_fields)
    VALUES (TG_TABLE_NAME, (rec ->> 'id')::bigint, samordna_audit_uuid(rec ->> 'uuid'), owner_centre,
            owner_table, owner_id, owner_uuid, TG_OP, session_user, keys || fields);
    RETURN NULL;
END
$$;

-- Nobody but the owner of the trail (the one who ran this migration, through the function above)
-- writes to it, even should a later GRANT on all tables give someone INSERT or DELETE on it.
CREATE FUNCTION samordna_audit_guard() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'USAGE') THEN
        RAISE EXCEPTION 'the audit trail is written by the database only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER record_change_guard BEFORE INSERT OR UPDATE OR DELETE ON record_change
    FOR EACH ROW EXECUTE FUNCTION samordna_audit_guard();
CREATE TRIGGER record_change_guard_truncate BEFORE TRUNCATE ON record_change
    FOR EACH STATEMENT EXECUTE FUNCTION samordna_audit_guard();

-- The functions look only in the catalogue first and then this schema, whatever the caller's
-- search_path (so no function or table of the same name elsewhere can stand in), and nobody calls
-- them but the triggers.
DO $$
DECLARE
    fn TEXT;
BEGIN
    FOREACH fn IN ARRAY ARRAY['samordna_audit()', 'samordna_audit_guard()',
            'samordna_audit_resolve(text, jsonb)', 'samordna_audit_uuid(text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', fn, current_schema());
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', fn);
    END LOOP;
END
$$;

REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON record_change FROM PUBLIC;

-- Every table that carries a centre's records: each one with a uuid column.
DO $$
DECLARE
    tbl TEXT;
BEGIN
    FOR tbl IN
        SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND c.column_name = 'uuid' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name
    LOOP
        EXECUTE format('CREATE TRIGGER samordna_audit AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION samordna_audit()', tbl);
    END LOOP;
END
$$;
