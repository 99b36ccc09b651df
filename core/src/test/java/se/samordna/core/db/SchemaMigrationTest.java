package se.samordna.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.Role;
import se.samordna.core.survey.StandardSurvey;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyService;

@org.junit.jupiter.api.Tag("h2-only")
class SchemaMigrationTest {

    @TempDir
    Path dir;

    @Test
    void emptyDatabaseMigratesToTheLatestVersion() {
        try (Database db = Database.open(dir.resolve("fresh"))) {
            Schema.Outcome outcome = Schema.migrate(db, () -> {
                throw new AssertionError("a new database needs no backup before upgrade");
            });

            assertThat(outcome.createdNew()).isTrue();
            assertThat(outcome.migrationsApplied()).isGreaterThanOrEqualTo(2);
            assertThat(Schema.currentVersion(db)).isEqualTo(latestVersion(db));
        }
    }

    @Test
    void databaseCreatedAtVersionOneKeepsItsRowsWhenUpgraded() {
        Path base = dir.resolve("old");
        try (Database db = Database.open(base)) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/schema/common", "classpath:db/schema/h2").target("1").load()
                    .migrate();
            db.execute("INSERT INTO centre (name, kind, municipality, region, catchment_area) "
                    + "VALUES ('Familjecentralen Gamla', 'FAMILJECENTRAL', 'Östersund', 'Region Jämtland Härjedalen', "
                    + "'Odensala')");
            db.execute("INSERT INTO centre_part (centre_id, part) SELECT id, 'BARNHALSOVARD' FROM centre");
            db.execute("INSERT INTO person (centre_id, role, name, title, organisation, email, phone) "
                    + "SELECT id, 'SAMORDNARE', 'Britt Ödman', 'BHV-sjuksköterska', 'Odensala HC', "
                    + "'britt@example.se', '063-100 00' FROM centre");
            assertThat(Schema.currentVersion(db)).isEqualTo("1");
        }

        int[] backupsMade = {0};
        try (Database db = Database.open(base)) {
            Schema.Outcome outcome = Schema.migrate(db, () -> backupsMade[0]++);

            assertThat(outcome.fromVersion()).isEqualTo("1");
            assertThat(outcome.createdNew()).isFalse();
            assertThat(backupsMade[0]).as("backup before upgrading existing data").isEqualTo(1);
            CentreService centres = new CentreService(db);
            assertThat(centres.list()).hasSize(1);
            Centre centre = centres.get(centres.list().getFirst().id());
            assertThat(centre.name()).isEqualTo("Familjecentralen Gamla");
            assertThat(centre.details().catchmentArea()).isEqualTo("Odensala");
            assertThat(centre.details().parts()).containsExactly(Part.BARNHALSOVARD);
            assertThat(centre.details().otherProfessions()).isEmpty();
            assertThat(centre.people()).singleElement().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Britt Ödman");
                assertThat(p.role()).isEqualTo(Role.SAMORDNARE);
                assertThat(p.details().email()).isEqualTo("britt@example.se");
            });
        }
    }

    @Test
    void migratingTwiceChangesNothing() {
        try (Database db = Database.open(dir.resolve("twice"))) {
            Schema.migrate(db, () -> { });
            Schema.Outcome second = Schema.migrate(db, () -> {
                throw new AssertionError("nothing pending, so no backup");
            });
            assertThat(second.migrationsApplied()).isZero();
        }
    }

    @Test
    void workshopsUnderWayWhenUpgradedKeepThoseBeforeTheRememberedParticipantBehindTheWall() {
        Path base = dir.resolve("workshops");
        try (Database db = Database.open(base)) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/schema/common", "classpath:db/schema/h2").target("6").load()
                    .migrate();
            db.execute("INSERT INTO centre (name, kind, municipality) VALUES ('Gamla', 'FAMILJECENTRAL', 'Östersund')");
            String columns = "INSERT INTO workshop (centre_id, workshop_year, held_on, participants, status, "
                    + "current_step, current_participant) SELECT id, 2026, DATE '2026-12-01', ";
            db.execute(columns + "4, 'PAGAENDE', 1, 3 FROM centre"); // participant 3 at the laptop
            db.execute(columns + "4, 'PAGAENDE', 2, 4 FROM centre"); // gone on to the dialogue
            db.execute(columns + "4, 'PAGAENDE', 2, 2 FROM centre"); // looked at step II during step I
            db.execute(columns + "4, 'AVSLUTAD', 5, 1 FROM centre");
        }
        try (Database db = Database.open(base)) {
            Schema.migrate(db, () -> { });
            var reflection = new se.samordna.core.reflection.ReflectionService(db);
            long centre = new CentreService(db).list().getFirst().id();

            assertThat(reflection.list(centre).stream().sorted(java.util.Comparator.comparingLong(w -> w.id()))
                    .map(w -> reflection.get(w.id()).handedOver())).containsExactly(2, 4, 1, 4);
        }
    }

    /** The Arabic translation (version 8) reaches a survey made before it when Arabic is added. */
    @Test
    void aSurveyFromBeforeVersion8GetsTheArabicTranslationWhenArabicIsAddedButNotForRewordedItems() {
        Path base = dir.resolve("old");
        try (Database db = Database.open(base)) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/schema/common", "classpath:db/schema/h2").target("7").load()
                    .migrate();
            db.execute("INSERT INTO centre (name, kind, municipality) VALUES ('Gamla', 'FAMILJECENTRAL', 'Östersund')");
            db.execute("INSERT INTO survey (centre_id, survey_year) SELECT id, 2025 FROM centre");
            int position = 1;
            for (StandardSurvey.StandardItem item : StandardSurvey.items()) {
                String text = "T03".equals(item.key()) ? "Jag känner mig välkommen här." : item.swedish();
                db.execute("INSERT INTO survey_item (survey_id, item_key, position, goal, area, text) SELECT id, '"
                        + item.key() + "', " + position++ + ", " + item.goal().number() + ", '" + item.area().name()
                        + "', '" + text + "' FROM survey");
            }
        }
        try (Database db = Database.open(base)) {
            Schema.migrate(db, () -> { });
            SurveyService surveys = new SurveyService(db);
            long centre = new CentreService(db).list().getFirst().id();
            Survey old = surveys.forYear(centre, 2025);
            assertThat(SurveyService.languages(old)).containsExactly("sv", "en");
            assertThat(old.needsReview("ar")).isFalse();

            Survey withArabic = surveys.addLanguage(old.id(), "ar");

            assertThat(withArabic.needsReview("ar")).isTrue();
            assertThat(SurveyService.languages(withArabic)).contains("ar");
            assertThat(SurveyService.missing(withArabic, "ar")).containsExactly("T03");
            // A language Samordna has no translation for is added empty and needs no review.
            Survey somali = surveys.addLanguage(old.id(), "so");
            assertThat(somali.needsReview("so")).isFalse();
            assertThat(SurveyService.missing(somali, "so"))
                    .hasSize(old.items().size() + StandardSurvey.FORM_TEXT_KEYS.size());
        }
    }

    @Test
    void theLatestVersionConstantNamesTheNewestScript() throws Exception {
        try (Database db = Database.open(dir.resolve("latest"));
             java.util.stream.Stream<Path> scripts = java.nio.file.Files.walk(Path.of("src/main/resources/db/schema"))) {
            int newest = scripts.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Schema.LATEST).isEqualTo(String.valueOf(newest)).isEqualTo(latestVersion(db));
            Schema.migrate(db, () -> { });
            assertThat(Schema.installedVersion(db)).isEqualTo(Schema.LATEST);
        }
    }

    private static String latestVersion(Database db) {
        return Schema.flyway(db).info().all()[Schema.flyway(db).info().all().length - 1].getVersion().getVersion();
    }
}
