package se.samordna.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreService;
import se.samordna.core.db.Database;
import se.samordna.core.db.Schema;

/** The Arabic translation that ships with Samordna comes "att granska" until a coordinator approves it. */
class SurveyTranslationReviewTest {
    @TempDir
    Path dir;

    @Test
    void aNewSurveyHasTheArabicTranslationMarkedForReviewUntilApproved() {
        try (Database db = migrated("new")) {
            SurveyService surveys = new SurveyService(db);
            long centre = new CentreService(db).create(CentreDetails.newCentre("Familjecentralen Test", "Östersund", ""))
                    .id();
            Survey survey = surveys.forYear(centre, 2026);

            assertThat(SurveyService.languages(survey)).containsExactly("sv", "en", "ar");
            assertThat(SurveyService.missing(survey, "ar")).isEmpty();
            assertThat(SurveyService.itemText(survey, "ar", "T01")).isEqualTo("من السهل الوصول إلى مركز الأسرة.");
            assertThat(SurveyService.formText(survey, "ar", "title")).isEqualTo("استبيان أولياء الأمور");
            assertThat(survey.needsReview("ar")).isTrue();
            assertThat(survey.needsReview("en")).isFalse();

            // Editing a text does not approve the rest; approving does, and is remembered.
            Survey edited = surveys.setTranslation(survey.id(), "ar", "T02", "أوقات عمل مركز الأسرة تناسبني.");
            assertThat(edited.needsReview("ar")).isTrue();
            Survey approved = surveys.approveTranslation(survey.id(), "ar");
            assertThat(approved.needsReview("ar")).isFalse();
            assertThat(surveys.get(survey.id()).needsReview("ar")).isFalse();
            assertThat(SurveyService.itemText(approved, "ar", "T02")).isEqualTo("أوقات عمل مركز الأسرة تناسبني.");
        }
    }

    private Database migrated(String name) {
        Database db = se.samordna.core.TestDatabases.database(dir.resolve(name));
        return db;
    }
}
