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
CREATE INDEX record_change_record_idx ON record_change (table_name, record_uuid);
CREATE INDEX record_change_main_idx ON record_change (main_table, main_id);
CREATE INDEX record_change_centre_idx ON record_change (centre_id, changed_at);

-- The row a row is part of: which table its parent is in and which column names it. Rows of a table
-- not named here are their own main record (with their centre_id when they have one).
CREATE FUNCTION samordna_audit_parent(tbl TEXT, OUT parent_table TEXT, OUT parent_column TEXT)
LANGUAGE sql IMMUTABLE AS $$
    SELECT p.parent_table, p.parent_column FROM (VALUES
        ('centre_part', 'centre', 'centre_id'),
        ('person', 'centre', 'centre_id'),
        ('wheel_centre', 'centre', 'centre_id'),
        ('agreement_clause', 'agreement', 'agreement_id'),
        ('agreement_value', 'agreement', 'agreement_id'),
        ('agreement_party', 'agreement', 'agreement_id'),
        ('agreement_task', 'agreement', 'agreement_id'),
        ('agreement_cost_year', 'agreement', 'agreement_id'),
        ('agreement_attachment', 'agreement', 'agreement_id'),
        ('agreement_review', 'agreement', 'agreement_id'),
        ('workshop_statement', 'workshop', 'workshop_id'),
        ('workshop_agreed', 'workshop', 'workshop_id'),
        ('survey_item', 'survey', 'survey_id'),
        ('survey_translation', 'survey', 'survey_id'),
        ('survey_translation_review', 'survey', 'survey_id'),
        ('survey_response', 'survey', 'survey_id'),
        ('survey_answer', 'survey_response', 'response_id'),
        ('report_field', 'annual_report', 'report_id'),
        ('report_visits', 'annual_report', 'report_id'),
        ('wheel_occurrence', 'wheel_activity', 'activity_id'),
        ('wheel_tick', 'wheel_activity', 'activity_id'),
        ('action_plan_centre', 'action_plan', 'plan_id'),
        ('plan_area', 'action_plan', 'plan_id'),
        ('plan_proposal_answer', 'action_plan', 'plan_id'),
        ('plan_subgoal', 'plan_area', 'area_id'),
        ('plan_activity', 'plan_subgoal', 'subgoal_id'),
        ('plan_checkpoint', 'plan_activity', 'activity_id')
    ) AS p (tbl, parent_table, parent_column)
    WHERE p.tbl = samordna_audit_parent.tbl
$$;

-- A uuid column's value as a uuid (the wheel's are text), or NULL when it is not one.
CREATE FUNCTION samordna_audit_uuid(value TEXT) RETURNS UUID
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                THEN value::uuid END
$$;

-- The centre a row belongs to and the main record it is part of, through its parents. A parent that
-- is already gone (deleted in the same statement, by ON DELETE CASCADE) is found in the trail instead.
CREATE FUNCTION samordna_audit_resolve(tbl TEXT, rec JSONB, OUT centre_id BIGINT, OUT main_table TEXT,
                                       OUT main_id BIGINT, OUT main_uuid UUID)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    parent_table TEXT;
    parent_column TEXT;
    parent_id BIGINT;
    parent_row JSONB;
    up_centre BIGINT;
    up_table TEXT;
    up_id BIGINT;
    up_uuid UUID;
BEGIN
    IF tbl = 'centre' THEN
        centre_id := (rec ->> 'id')::bigint;
        main_table := 'centre';
        main_id := centre_id;
        main_uuid := samordna_audit_uuid(rec ->> 'uuid');
        RETURN;
    END IF;
    SELECT p.parent_table, p.parent_column INTO parent_table, parent_column FROM samordna_audit_parent(tbl) p;
    IF tbl = 'year_package_import' THEN
        SELECT c.id INTO centre_id FROM centre c WHERE c.uuid = samordna_audit_uuid(rec ->> 'centre_uuid');
    ELSIF rec ? 'centre_id' THEN
        centre_id := (rec ->> 'centre_id')::bigint;
    END IF;
    IF parent_table IS NULL OR (parent_table = 'centre' AND tbl NOT IN ('centre_part', 'person')) THEN
        main_table := tbl;
        main_id := (rec ->> 'id')::bigint;
        main_uuid := samordna_audit_uuid(rec ->> 'uuid');
        RETURN;
    END IF;
    parent_id := (rec ->> parent_column)::bigint;
    EXECUTE format('SELECT to_jsonb(p) FROM %I p WHERE p.id = $1', parent_table) INTO parent_row USING parent_id;
    IF parent_row IS NOT NULL THEN
        SELECT r.centre_id, r.main_table, r.main_id, r.main_uuid INTO up_centre, up_table, up_id, up_uuid
        FROM samordna_audit_resolve(parent_table, parent_row) r;
    ELSE
        SELECT r.centre_id, r.main_table, r.main_id, r.main_uuid INTO up_centre, up_table, up_id, up_uuid
        FROM record_change r
        WHERE r.table_name = parent_table AND r.record_id = parent_id
        ORDER BY r.id DESC LIMIT 1;
    END IF;
    centre_id := COALESCE(centre_id, up_centre);
    main_table := COALESCE(up_table, parent_table);
    main_id := COALESCE(up_id, parent_id);
    main_uuid := up_uuid;
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
        CONTINUE WHEN col.name IN ('id', 'uuid', 'created_at', 'updated_at');
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

-- The functions look only in this schema (and the catalogue), whatever the caller's search_path, and
-- nobody calls them but the triggers.
DO $$
DECLARE
    fn TEXT;
BEGIN
    FOREACH fn IN ARRAY ARRAY['samordna_audit()', 'samordna_audit_guard()',
            'samordna_audit_resolve(text, jsonb)', 'samordna_audit_parent(text)', 'samordna_audit_uuid(text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_catalog, pg_temp', fn, current_schema());
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
