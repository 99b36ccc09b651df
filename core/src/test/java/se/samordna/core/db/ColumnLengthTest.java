package se.samordna.core.db;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.agreement.AgreementReview;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.agreement.Clause;
import se.samordna.core.agreement.CoordinatorTask;
import se.samordna.core.agreement.Party;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.PersonDetails;
import se.samordna.core.common.TextRules;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.plan.Activity;
import se.samordna.core.plan.ActivityDraft;
import se.samordna.core.plan.Checkpoint;
import se.samordna.core.plan.GoalArea;
import se.samordna.core.plan.PlanSummary;
import se.samordna.core.plan.Subgoal;
import se.samordna.core.reflection.AgreedRating;
import se.samordna.core.reflection.FollowUp;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.reflection.Statement;
import se.samordna.core.reflection.WorkshopDetails;
import se.samordna.core.report.ReportService;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.survey.SurveyService;
import se.samordna.core.wheel.ManualTick;
import se.samordna.core.wheel.OccurrenceChange;

/**
 * Every text a user types has a limit in the code that is the size of its column, read from a
 * database migrated by Flyway; every other text column is named here as not typed by a user.
 */
@org.junit.jupiter.api.Tag("h2-only")
class ColumnLengthTest {
    /** Column → the limit its field is checked against. */
    private static final Map<String, Integer> TYPED = Map.ofEntries(
            entry("centre.name", CentreDetails.NAME_MAX),
            entry("centre.municipality", CentreDetails.MUNICIPALITY_MAX),
            entry("centre.region", CentreDetails.REGION_MAX),
            entry("centre.catchment_area", CentreDetails.CATCHMENT_AREA_MAX),
            entry("centre.other_professions", CentreDetails.OTHER_PROFESSIONS_MAX),
            entry("person.name", PersonDetails.NAME_MAX),
            entry("person.title", PersonDetails.TITLE_MAX),
            entry("person.organisation", PersonDetails.ORGANISATION_MAX),
            entry("person.email", TextRules.EMAIL_MAX),
            entry("person.phone", TextRules.PHONE_MAX),
            entry("agreement_clause.heading", Clause.HEADING_MAX),
            entry("agreement_clause.body", Clause.BODY_MAX),
            entry("agreement_value.value_text", AgreementService.VALUE_MAX),
            entry("agreement_party.heading", Party.TEXT_MAX),
            entry("agreement_party.organisation", Party.TEXT_MAX),
            entry("agreement_party.signatory_name", Party.TEXT_MAX),
            entry("agreement_party.signatory_title", Party.TEXT_MAX),
            entry("agreement_party.place", Party.PLACE_MAX),
            entry("agreement_task.text", CoordinatorTask.TEXT_MAX),
            entry("reflection_own_statement.title", Statement.TITLE_MAX),
            entry("reflection_own_statement.text", Statement.TEXT_MAX),
            entry("workshop_statement.title", Statement.TITLE_MAX),
            entry("workshop_statement.text", Statement.TEXT_MAX),
            entry("workshop.professions", WorkshopDetails.PROFESSIONS_MAX),
            entry("workshop.follow_up_note", FollowUp.NOTE_MAX),
            entry("workshop_rating.note", ReflectionService.RATING_NOTE_MAX),
            entry("workshop_agreed.note", AgreedRating.NOTE_MAX),
            entry("year_goal.goal", GoalDraft.GOAL_MAX),
            entry("year_goal.measure", GoalDraft.MEASURE_MAX),
            entry("year_goal.target", GoalDraft.TARGET_MAX),
            entry("year_goal.responsible", GoalDraft.RESPONSIBLE_MAX),
            entry("survey_item.text", SurveyItem.TEXT_MAX),
            entry("survey_translation.text", SurveyService.TRANSLATION_MAX),
            entry("survey_response.open_answer", ResponseDraft.OPEN_ANSWER_MAX),
            entry("action_plan.municipality", PlanSummary.MUNICIPALITY_MAX),
            entry("plan_area.name", GoalArea.NAME_MAX),
            entry("plan_area.overall_goal", GoalArea.OVERALL_GOAL_MAX),
            entry("plan_subgoal.text", Subgoal.TEXT_MAX),
            entry("plan_activity.description", ActivityDraft.DESCRIPTION_MAX),
            entry("plan_activity.target_group", ActivityDraft.TARGET_GROUP_MAX),
            entry("plan_activity.responsible", ActivityDraft.RESPONSIBLE_MAX),
            entry("plan_activity.expected_effect", ActivityDraft.EXPECTED_EFFECT_MAX),
            entry("plan_activity.indicator", ActivityDraft.INDICATOR_MAX),
            entry("plan_activity.indicator_target", ActivityDraft.INDICATOR_TARGET_MAX),
            entry("plan_activity.indicator_method", ActivityDraft.INDICATOR_METHOD_MAX),
            entry("plan_activity.decision_note", Activity.DECISION_NOTE_MAX),
            entry("plan_checkpoint.note", Checkpoint.NOTE_MAX),
            entry("plan_checkpoint.indicator_value", Checkpoint.VALUE_MAX),
            entry("wheel_activity.name", se.samordna.core.wheel.ActivityDraft.NAME_MAX),
            entry("wheel_activity.responsible", se.samordna.core.wheel.ActivityDraft.RESPONSIBLE_MAX),
            entry("wheel_activity.note", se.samordna.core.wheel.ActivityDraft.NOTE_MAX),
            entry("wheel_occurrence.note", OccurrenceChange.NOTE_MAX),
            entry("wheel_tick.done_by", ManualTick.DONE_BY_MAX),
            entry("wheel_tick.note", ManualTick.NOTE_MAX),
            entry("centre_access.user_name", se.samordna.core.access.AccessService.USER_NAME_MAX),
            entry("agreement_review.reviewed_by", AgreementReview.REVIEWED_BY_MAX),
            entry("agreement_review.note", AgreementReview.NOTE_MAX));

    /** Text columns no one types into: keys, enum names, lists of them, and what comes from elsewhere. */
    private static final Set<String> NOT_TYPED = Set.of(
            "agreement.kind", "agreement.series", "agreement.status", "agreement_clause.template_key",
            "agreement_task.origin", "agreement_value.name", "annual_report.status", "app_meta.meta_key",
            "app_meta.meta_value", "centre_access.granted_by", "centre.kind", "centre_part.part", "person.role", "reflection_own_statement.area",
            "report_field.field_key", "report_visits.category", "survey_answer.item_key", "survey_item.area",
            "survey_item.item_key", "survey_response.gender", "survey_response.language", "survey_response.parts_used",
            "survey_response.relation", "survey_response.source", "survey_translation.language",
            "survey_translation.text_key", "survey_translation_review.language", "workshop.follow_up_methods",
            "workshop.status", "workshop_agreed.statement_key",
            "workshop_rating.statement_key", "workshop_statement.area", "workshop_statement.statement_key",
            "year_goal.origin_ref", "year_goal.source",
            // The action plan's enum names, and the key of the area or statement an indicator is linked to (chosen).
            "action_plan.scope", "plan_activity.stage", "plan_activity.decision", "plan_activity.link_kind",
            "plan_activity.link_key", "plan_checkpoint.stage", "plan_proposal_answer.kind",
            "plan_proposal_answer.survey_area", "plan_proposal_answer.answer",
            // The wheel: stable ids for exchanging records, the rule's kind, Bilaga 6's row key, the ticking work.
            "wheel_centre.uuid", "wheel_activity.uuid", "wheel_activity.rule_kind", "wheel_activity.builtin_key",
            "wheel_activity.auto_source", "wheel_occurrence.uuid", "wheel_tick.uuid", "agreement_review.uuid",
            // Chosen among the parties' organisations (each within Party.TEXT_MAX), not typed.
            "agreement_cost_year.payer",
            // A file's own name and type: a file system allows at most 255 UTF-16 units in a name.
            "agreement_attachment.file_name", "agreement_attachment.content_type",
            // The log of year package imports: written by Samordna from the package and the system, not typed.
            "year_package_import.imported_by", "year_package_import.file_name", "year_package_import.centre_name",
            "year_package_import.written_by", "year_package_import.backup_name", "year_package_import.changes",
            // The audit trail: written by the server's triggers (table names, actions, login names), not typed.
            "record_change.table_name", "record_change.main_table", "record_change.action",
            "record_change.changed_by", "record_change.changed_fields",
            // who saved: the login or the computer's user name, stamped by the stores (V13), not typed
            "action_plan.updated_by", "agreement.updated_by", "annual_report.updated_by", "centre.updated_by",
            "person.updated_by", "wheel_occurrence.updated_by", "year_goal.updated_by");

    @TempDir
    Path dir;

    @Test
    void everyTypedTextIsCheckedAgainstTheSizeOfItsColumn() {
        Map<String, Long> varchar = new TreeMap<>();
        Set<String> clob = new TreeSet<>();
        try (Database db = Database.open(dir.resolve("columns"))) {
            Schema.migrate(db, () -> { });
            db.transactionResult(ctx -> ctx.fetch("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH "
                    + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE LIKE 'CHARACTER%' "
                    + "AND TABLE_NAME <> 'flyway_schema_history'")).forEach(row -> {
                        String column = (row.get(0, String.class) + "." + row.get(1, String.class)).toLowerCase();
                        if (row.get(2, String.class).equals("CHARACTER VARYING")) {
                            varchar.put(column, row.get(3, Long.class));
                        } else {
                            clob.add(column);
                        }
                    });
        }

        Map<String, Long> expected = new TreeMap<>();
        TYPED.forEach((column, limit) -> expected.put(column, (long) limit));
        Map<String, Long> typed = new TreeMap<>(varchar);
        typed.keySet().removeAll(NOT_TYPED);
        assertThat(typed).as("typed text columns and their limits in the code").isEqualTo(expected);
        assertThat(varchar.keySet()).as("every column named here still exists").containsAll(NOT_TYPED);
        assertThat(clob).as("the report's fields (checked against ReportService.TEXT_MAX = %d) have no size limit",
                ReportService.TEXT_MAX).containsExactly("report_field.content");
    }
}
