-- Access on the county server (issue 17, decision record 0017 § Access): each user logs in to PostgreSQL as
-- themselves; what they may read and write is decided here, in the database, so that psql with their own
-- password gives them no more than the app does.
--
--   samordna_admin        sees and edits every centre, gives and takes access, creates users
--   samordna_county       sees every centre of this database, edits the centres given with can_edit
--   samordna_coordinator  sees the centres given in centre_access, edits those given with can_edit
--
-- The groups are NOLOGIN roles (cluster-wide, so created only when missing); users are LOGIN roles that are
-- members of one group. Every table holding a centre's data has row-level security, ENABLEd and FORCEd (the
-- owner goes through the policies too), keyed on centre_access through the helper functions below.
-- Tables without a centre: app_meta (facts about the database itself; every group reads and writes it, it
-- holds no centre data) and flyway_schema_history (read only, so the app can see the schema's version).
-- A later migration that adds a table of centre data calls samordna_protect_by_centre or
-- samordna_protect_by_parent for it and grants it (AccessSchemaTest fails on a table left open).

-- Roles are shared by the whole cluster: two databases (or two test schemas) migrating at once must not
-- both try to create them.
SELECT pg_advisory_xact_lock(hashtext('samordna_group_roles'));

DO $$
DECLARE
    group_role text;
BEGIN
    FOREACH group_role IN ARRAY ARRAY['samordna_admin', 'samordna_county', 'samordna_coordinator'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = group_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
            EXCEPTION WHEN duplicate_object THEN
                NULL; -- created meanwhile by another database's migration
            END;
        END IF;
    END LOOP;
END
$$;

-- The owner (the role running the migrations) is subject to the policies as well (FORCE): make it an
-- administrator so that later migrations that change data see every row. A superuser bypasses them anyway.
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT samordna_admin TO %I', current_user);
    END IF;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'samordna_admin could not be granted to %: %', current_user, SQLERRM;
END
$$;

-- Who may see and edit which centre. Rows of a user who is removed go with them (samordna_drop_user).
CREATE TABLE centre_access (
    user_name  VARCHAR(63) NOT NULL,
    centre_id  BIGINT      NOT NULL,
    can_edit   BOOLEAN     NOT NULL DEFAULT FALSE,
    granted_by VARCHAR(63) NOT NULL DEFAULT CURRENT_USER,
    granted_at TIMESTAMP   NOT NULL DEFAULT (CURRENT_TIMESTAMP AT TIME ZONE 'UTC'),
    CONSTRAINT centre_access_pk PRIMARY KEY (user_name, centre_id),
    CONSTRAINT centre_access_centre_fk FOREIGN KEY (centre_id) REFERENCES centre (id) ON DELETE CASCADE
);

CREATE INDEX centre_access_centre_idx ON centre_access (centre_id);

-- The helpers the policies use. SECURITY INVOKER on purpose: in a SECURITY DEFINER function current_user is
-- the function's owner, so it could not tell whose centres to look up; the user's own rows of centre_access
-- are readable to them by policy, which is all these need. The search_path is fixed so that nobody can shadow
-- centre_access with a table of their own. Policies call them as (SELECT f()), evaluated once per statement.

CREATE FUNCTION samordna_is_admin() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$ SELECT pg_has_role(current_user, 'samordna_admin', 'MEMBER') $$;

CREATE FUNCTION samordna_sees_all() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$ SELECT pg_has_role(current_user, 'samordna_admin', 'MEMBER')
          OR pg_has_role(current_user, 'samordna_county', 'MEMBER') $$;

CREATE FUNCTION samordna_seen_centres() RETURNS bigint[]
    LANGUAGE sql STABLE SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$ SELECT COALESCE(array_agg(centre_id), '{}') FROM centre_access WHERE user_name = current_user $$;

CREATE FUNCTION samordna_edited_centres() RETURNS bigint[]
    LANGUAGE sql STABLE SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$ SELECT COALESCE(array_agg(centre_id), '{}') FROM centre_access WHERE user_name = current_user AND can_edit $$;

CREATE FUNCTION samordna_can_see(p_centre bigint) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$ SELECT samordna_sees_all() OR p_centre = ANY (samordna_seen_centres()) $$;

CREATE FUNCTION samordna_can_edit(p_centre bigint) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$ SELECT samordna_is_admin() OR p_centre = ANY (samordna_edited_centres()) $$;

-- The action plans the user may change: their centres' plans, and the municipal plans of a municipality in
-- which they edit a centre.
CREATE FUNCTION samordna_edited_plans() RETURNS bigint[]
    LANGUAGE sql STABLE SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$ SELECT COALESCE(array_agg(p.id), '{}') FROM action_plan p
      WHERE p.centre_id = ANY (samordna_edited_centres())
         OR (p.scope = 'MUNICIPAL' AND p.municipality IN
               (SELECT c.municipality FROM centre c WHERE c.id = ANY (samordna_edited_centres()))) $$;

-- A refused change of a row the user can see says so (SQLSTATE 42501, the app's server.noAccess) instead of
-- changing nothing without a word. Used on the tables keyed directly on a centre.
CREATE FUNCTION samordna_refuse_unless_editable() RETURNS trigger
    LANGUAGE plpgsql SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$
DECLARE
    centre bigint := (to_jsonb(OLD) ->> TG_ARGV[0])::bigint;
BEGIN
    IF NOT samordna_can_edit(centre) THEN
        RAISE EXCEPTION 'no edit access to centre %', centre USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- Row-level security for a table with a centre column: read where the centre can be seen, insert where it
-- can be edited, update and delete rows that can be seen (refused by the trigger unless editable) into
-- editable centres only.
CREATE FUNCTION samordna_protect_by_centre(p_table text, p_column text) RETURNS void
    LANGUAGE plpgsql SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$
DECLARE
    see  text := format('(SELECT samordna_sees_all()) OR %I = ANY ((SELECT samordna_seen_centres())::bigint[])', p_column);
    edit text := format('(SELECT samordna_is_admin()) OR %I = ANY ((SELECT samordna_edited_centres())::bigint[])', p_column);
BEGIN
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (%s)', p_table || '_see', p_table, see);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (%s)', p_table || '_add', p_table, edit);
    EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (%s) WITH CHECK (%s)', p_table || '_change',
                   p_table, see, edit);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (%s)', p_table || '_remove', p_table, see);
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW '
                   'EXECUTE FUNCTION samordna_refuse_unless_editable(%L)', p_table || '_editable', p_table, p_column);
END
$$;

-- Row-level security for a table whose rows belong to a parent row: read where the parent can be read (the
-- parent's own policy decides, through the sub-select), write where {@code p_editable} (a condition on the
-- table's columns naming the editable parents) holds. An UPDATE or DELETE of a row that is not editable
-- changes nothing.
CREATE FUNCTION samordna_protect_by_parent(p_table text, p_column text, p_parent text, p_editable text)
    RETURNS void
    LANGUAGE plpgsql SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$
DECLARE
    see  text := format('(SELECT samordna_sees_all()) OR %I IN (SELECT id FROM %I)', p_column, p_parent);
    edit text := format('(SELECT samordna_is_admin()) OR %s', p_editable);
BEGIN
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (%s)', p_table || '_see', p_table, see);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (%s)', p_table || '_add', p_table, edit);
    EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (%s) WITH CHECK (%s)', p_table || '_change',
                   p_table, edit, edit);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (%s)', p_table || '_remove', p_table, edit);
END
$$;

-- The centres themselves: only an administrator creates one (and then gives access to it).
ALTER TABLE centre ENABLE ROW LEVEL SECURITY;
ALTER TABLE centre FORCE ROW LEVEL SECURITY;
CREATE POLICY centre_see ON centre FOR SELECT
    USING ((SELECT samordna_sees_all()) OR id = ANY ((SELECT samordna_seen_centres())::bigint[]));
CREATE POLICY centre_add ON centre FOR INSERT WITH CHECK ((SELECT samordna_is_admin()));
CREATE POLICY centre_change ON centre FOR UPDATE
    USING ((SELECT samordna_sees_all()) OR id = ANY ((SELECT samordna_seen_centres())::bigint[]))
    WITH CHECK ((SELECT samordna_is_admin()) OR id = ANY ((SELECT samordna_edited_centres())::bigint[]));
CREATE POLICY centre_remove ON centre FOR DELETE
    USING ((SELECT samordna_sees_all()) OR id = ANY ((SELECT samordna_seen_centres())::bigint[]));
CREATE TRIGGER centre_editable BEFORE UPDATE OR DELETE ON centre
    FOR EACH ROW EXECUTE FUNCTION samordna_refuse_unless_editable('id');

-- Keyed directly on a centre.
SELECT samordna_protect_by_centre('centre_part', 'centre_id');
SELECT samordna_protect_by_centre('person', 'centre_id');
SELECT samordna_protect_by_centre('agreement', 'centre_id');
SELECT samordna_protect_by_centre('annual_report', 'centre_id');
SELECT samordna_protect_by_centre('reflection_own_statement', 'centre_id');
SELECT samordna_protect_by_centre('survey', 'centre_id');
SELECT samordna_protect_by_centre('wheel_centre', 'centre_id');
SELECT samordna_protect_by_centre('wheel_activity', 'centre_id');
SELECT samordna_protect_by_centre('workshop', 'centre_id');
SELECT samordna_protect_by_centre('year_goal', 'centre_id');

-- Through their parent.
SELECT samordna_protect_by_parent(t, 'agreement_id', 'agreement',
    'agreement_id IN (SELECT a.id FROM agreement a WHERE a.centre_id = ANY ((SELECT samordna_edited_centres())::bigint[]))')
FROM unnest(ARRAY['agreement_clause', 'agreement_value', 'agreement_party', 'agreement_task',
                  'agreement_cost_year', 'agreement_attachment', 'agreement_review']) AS t;
SELECT samordna_protect_by_parent(t, 'report_id', 'annual_report',
    'report_id IN (SELECT r.id FROM annual_report r WHERE r.centre_id = ANY ((SELECT samordna_edited_centres())::bigint[]))')
FROM unnest(ARRAY['report_field', 'report_visits']) AS t;
SELECT samordna_protect_by_parent(t, 'survey_id', 'survey',
    'survey_id IN (SELECT s.id FROM survey s WHERE s.centre_id = ANY ((SELECT samordna_edited_centres())::bigint[]))')
FROM unnest(ARRAY['survey_item', 'survey_response', 'survey_translation', 'survey_translation_review']) AS t;
SELECT samordna_protect_by_parent('survey_answer', 'response_id', 'survey_response',
    'response_id IN (SELECT r.id FROM survey_response r JOIN survey s ON s.id = r.survey_id '
    'WHERE s.centre_id = ANY ((SELECT samordna_edited_centres())::bigint[]))');
SELECT samordna_protect_by_parent(t, 'activity_id', 'wheel_activity',
    'activity_id IN (SELECT w.id FROM wheel_activity w WHERE w.centre_id = ANY ((SELECT samordna_edited_centres())::bigint[]))')
FROM unnest(ARRAY['wheel_occurrence', 'wheel_tick']) AS t;
SELECT samordna_protect_by_parent('workshop_statement', 'workshop_id', 'workshop',
    'workshop_id IN (SELECT w.id FROM workshop w WHERE w.centre_id = ANY ((SELECT samordna_edited_centres())::bigint[]))');
-- workshop_agreed and workshop_rating reference workshop_statement by (workshop_id, statement_key): the
-- workshop decides.
SELECT samordna_protect_by_parent(t, 'workshop_id', 'workshop',
    'workshop_id IN (SELECT w.id FROM workshop w WHERE w.centre_id = ANY ((SELECT samordna_edited_centres())::bigint[]))')
FROM unnest(ARRAY['workshop_agreed', 'workshop_rating']) AS t;

-- Action plans: a centre's plan belongs to the centre; a municipal plan (no centre) is seen by whoever sees a
-- centre of that municipality and changed by whoever edits one.
ALTER TABLE action_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY action_plan_see ON action_plan FOR SELECT
    USING ((SELECT samordna_sees_all()) OR centre_id = ANY ((SELECT samordna_seen_centres())::bigint[])
           OR (scope = 'MUNICIPAL' AND municipality IN (SELECT c.municipality FROM centre c)));
CREATE POLICY action_plan_add ON action_plan FOR INSERT
    WITH CHECK ((SELECT samordna_is_admin()) OR centre_id = ANY ((SELECT samordna_edited_centres())::bigint[])
                OR (scope = 'MUNICIPAL' AND municipality IN (SELECT c.municipality FROM centre c
                                                             WHERE c.id = ANY ((SELECT samordna_edited_centres())::bigint[]))));
CREATE POLICY action_plan_change ON action_plan FOR UPDATE
    USING ((SELECT samordna_is_admin()) OR id = ANY ((SELECT samordna_edited_plans())::bigint[]))
    WITH CHECK ((SELECT samordna_is_admin()) OR centre_id = ANY ((SELECT samordna_edited_centres())::bigint[])
                OR (scope = 'MUNICIPAL' AND municipality IN (SELECT c.municipality FROM centre c
                                                             WHERE c.id = ANY ((SELECT samordna_edited_centres())::bigint[]))));
CREATE POLICY action_plan_remove ON action_plan FOR DELETE
    USING ((SELECT samordna_is_admin()) OR id = ANY ((SELECT samordna_edited_plans())::bigint[]));

SELECT samordna_protect_by_parent(t, 'plan_id', 'action_plan', 'plan_id = ANY ((SELECT samordna_edited_plans())::bigint[])')
FROM unnest(ARRAY['action_plan_centre', 'plan_area', 'plan_proposal_answer']) AS t;
SELECT samordna_protect_by_parent('plan_subgoal', 'area_id', 'plan_area',
    'area_id IN (SELECT a.id FROM plan_area a WHERE a.plan_id = ANY ((SELECT samordna_edited_plans())::bigint[]))');
SELECT samordna_protect_by_parent('plan_activity', 'subgoal_id', 'plan_subgoal',
    'subgoal_id IN (SELECT g.id FROM plan_subgoal g JOIN plan_area a ON a.id = g.area_id '
    'WHERE a.plan_id = ANY ((SELECT samordna_edited_plans())::bigint[]))');
SELECT samordna_protect_by_parent('plan_checkpoint', 'activity_id', 'plan_activity',
    'activity_id IN (SELECT v.id FROM plan_activity v JOIN plan_subgoal g ON g.id = v.subgoal_id '
    'JOIN plan_area a ON a.id = g.area_id WHERE a.plan_id = ANY ((SELECT samordna_edited_plans())::bigint[]))');

-- The log of imported year packages names its centre by uuid (the centre may be new, or gone since).
ALTER TABLE year_package_import ENABLE ROW LEVEL SECURITY;
ALTER TABLE year_package_import FORCE ROW LEVEL SECURITY;
CREATE POLICY year_package_import_see ON year_package_import FOR SELECT
    USING ((SELECT samordna_sees_all()) OR centre_uuid IN (SELECT c.uuid FROM centre c));
CREATE POLICY year_package_import_write ON year_package_import FOR ALL
    USING ((SELECT samordna_is_admin())
           OR centre_uuid IN (SELECT c.uuid FROM centre c WHERE c.id = ANY ((SELECT samordna_edited_centres())::bigint[])))
    WITH CHECK ((SELECT samordna_is_admin())
           OR centre_uuid IN (SELECT c.uuid FROM centre c WHERE c.id = ANY ((SELECT samordna_edited_centres())::bigint[])));

-- centre_access itself: each user reads their own rows; administrators read and change all of them.
ALTER TABLE centre_access ENABLE ROW LEVEL SECURITY;
ALTER TABLE centre_access FORCE ROW LEVEL SECURITY;
CREATE POLICY centre_access_see ON centre_access FOR SELECT
    USING (user_name = current_user OR (SELECT samordna_is_admin()));
CREATE POLICY centre_access_write ON centre_access FOR ALL
    USING ((SELECT samordna_is_admin())) WITH CHECK ((SELECT samordna_is_admin()));

-- Users. Administrators manage them through these functions, which run as the owner of the schema (who needs
-- CREATEROLE); an administrator's own login needs no CREATEROLE, and cannot touch roles outside Samordna's
-- groups. The password arrives as a SCRAM verifier made by the app, never in plain text.
CREATE FUNCTION samordna_check_manageable(p_user text) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$
BEGIN
    IF p_user IS NULL OR p_user !~ '^[a-z0-9_.-]{1,63}$' THEN
        RAISE EXCEPTION 'not a Samordna user name: %', p_user USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_user = session_user THEN
        RAISE EXCEPTION 'an administrator does not change their own access' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid
                   JOIN pg_roles g ON g.oid = m.roleid
                   WHERE r.rolname = p_user AND r.rolcanlogin AND NOT r.rolsuper AND NOT r.rolcreaterole
                     AND g.rolname IN ('samordna_admin', 'samordna_county', 'samordna_coordinator')) THEN
        RAISE EXCEPTION 'not a Samordna user: %', p_user USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION samordna_check_group(p_group text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$
BEGIN
    IF p_group IS NULL OR p_group NOT IN ('samordna_admin', 'samordna_county', 'samordna_coordinator') THEN
        RAISE EXCEPTION 'not a Samordna group: %', p_group USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

CREATE FUNCTION samordna_create_user(p_user text, p_verifier text, p_group text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$
BEGIN
    IF p_user IS NULL OR p_user !~ '^[a-z0-9_.-]{1,63}$' THEN
        RAISE EXCEPTION 'not a Samordna user name: %', p_user USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM samordna_check_group(p_group);
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'the password must come as a SCRAM verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_user, p_verifier, p_group);
END
$$;

CREATE FUNCTION samordna_set_group(p_user text, p_group text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$
DECLARE
    other text;
BEGIN
    PERFORM samordna_check_manageable(p_user);
    PERFORM samordna_check_group(p_group);
    FOREACH other IN ARRAY ARRAY['samordna_admin', 'samordna_county', 'samordna_coordinator'] LOOP
        IF other <> p_group AND pg_has_role(p_user, other, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', other, p_user);
        END IF;
    END LOOP;
    IF NOT pg_has_role(p_user, p_group, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', p_group, p_user);
    END IF;
END
$$;

CREATE FUNCTION samordna_set_password(p_user text, p_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$
BEGIN
    PERFORM samordna_check_manageable(p_user);
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'the password must come as a SCRAM verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_user, p_verifier);
END
$$;

CREATE FUNCTION samordna_drop_user(p_user text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = "${flyway:defaultSchema}", pg_temp
AS $$
BEGIN
    PERFORM samordna_check_manageable(p_user);
    DELETE FROM centre_access WHERE user_name = p_user;
    EXECUTE format('DROP ROLE %I', p_user);
END
$$;

REVOKE ALL ON FUNCTION samordna_create_user(text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION samordna_set_group(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION samordna_set_password(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION samordna_drop_user(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION samordna_protect_by_centre(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION samordna_protect_by_parent(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION samordna_create_user(text, text, text) TO samordna_admin;
GRANT EXECUTE ON FUNCTION samordna_set_group(text, text) TO samordna_admin;
GRANT EXECUTE ON FUNCTION samordna_set_password(text, text) TO samordna_admin;
GRANT EXECUTE ON FUNCTION samordna_drop_user(text) TO samordna_admin;

-- What the groups may touch at all; the policies above narrow it down to rows. Granted table by table (no
-- default privileges), so a table added later stays closed until its migration opens it deliberately.
DO $$
DECLARE
    t text;
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO samordna_admin, samordna_county, samordna_coordinator',
                   current_schema());
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                                               AND tablename <> 'flyway_schema_history' LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO samordna_admin, samordna_county, '
                       'samordna_coordinator', t);
    END LOOP;
    IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema()
                                         AND tablename = 'flyway_schema_history') THEN
        GRANT SELECT ON flyway_schema_history TO samordna_admin, samordna_county, samordna_coordinator;
    END IF;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO samordna_admin, samordna_county, '
                   'samordna_coordinator', current_schema());
END
$$;
