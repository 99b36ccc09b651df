package se.samordna.core.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.common.FieldError;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.db.Database;
import se.samordna.core.db.Schema;

class CentreServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private CentreService centres;

    @BeforeEach
    void open() {
        db = se.samordna.core.TestDatabases.database(dir.resolve("samordna"));
        centres = new CentreService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCreatedCentreCanBeReadBackWithEveryField() {
        CentreDetails details = new CentreDetails("  Familjecentralen Åsen ", CentreKind.FAMILJECENTRALSLIKNANDE,
                "Åre", "Region Jämtland Härjedalen", "Järpen och Mörsil",
                EnumSet.of(Part.BARNHALSOVARD, Part.TANDVARD), "Logoped");

        Centre created = centres.create(details);
        Centre read = centres.get(created.id());

        assertThat(read.name()).isEqualTo("Familjecentralen Åsen");
        assertThat(read.details().kind()).isEqualTo(CentreKind.FAMILJECENTRALSLIKNANDE);
        assertThat(read.details().municipality()).isEqualTo("Åre");
        assertThat(read.details().region()).isEqualTo("Region Jämtland Härjedalen");
        assertThat(read.details().catchmentArea()).isEqualTo("Järpen och Mörsil");
        assertThat(read.details().parts()).containsExactlyInAnyOrder(Part.BARNHALSOVARD, Part.TANDVARD);
        assertThat(read.details().otherProfessions()).isEqualTo("Logoped");
        assertThat(centres.list()).extracting(CentreSummary::name).containsExactly("Familjecentralen Åsen");
    }

    @Test
    void updateChangesFieldsAndParts() {
        Centre centre = centres.create(CentreDetails.newCentre("Familjecentralen Ett", "Östersund", ""));

        centres.update(centre.id(), centre.details().withName("Familjecentralen Två")
                .withParts(EnumSet.of(Part.BIBLIOTEK)).withCatchmentArea("Torvalla"));

        Centre read = centres.get(centre.id());
        assertThat(read.name()).isEqualTo("Familjecentralen Två");
        assertThat(read.details().parts()).containsExactly(Part.BIBLIOTEK);
        assertThat(read.details().catchmentArea()).isEqualTo("Torvalla");
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        CentreDetails empty = new CentreDetails(" ", null, "", "", "", null, "");

        assertThatThrownBy(() -> centres.create(empty))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly(CentreService.FIELD_NAME, CentreService.FIELD_KIND,
                                CentreService.FIELD_MUNICIPALITY));
        assertThat(centres.list()).isEmpty();
    }

    @Test
    void overLongTextIsRefusedWithTheLimit() {
        String longName = "x".repeat(CentreDetails.NAME_MAX + 1);

        List<FieldError> errors = centres.validate(CentreDetails.newCentre(longName, "Östersund", ""));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("validation.tooLong");
            assertThat(e.arguments()).containsExactly(CentreDetails.NAME_MAX, CentreDetails.NAME_MAX + 1);
        });
    }

    @Test
    void namesWithEmojiAndArabicEitherSaveWholeOrAreRefusedByTheCheckNeverByTheDatabase() {
        String emoji = "\uD83C\uDF3B"; // 🌻
        String arabic = " مركز الأسرة";
        List<String> names = List.of(emoji.repeat(200), emoji.repeat(100) + arabic, emoji.repeat(100),
                emoji.repeat(94) + arabic, emoji.repeat(99) + "x" + "\u0301");

        for (String name : names) {
            CentreDetails details = CentreDetails.newCentre(name, emoji.repeat(50), arabic.repeat(8));
            boolean fits = name.length() <= CentreDetails.NAME_MAX;
            if (fits) {
                Centre created = centres.create(details);
                assertThat(centres.get(created.id()).name()).as("stored whole").isEqualTo(name.strip());
                assertThat(centres.get(created.id()).details().municipality()).isEqualTo(emoji.repeat(50));
            } else {
                assertThatThrownBy(() -> centres.create(details)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo(CentreService.FIELD_NAME);
                            assertThat(error.messageKey()).isEqualTo(TextRules.TOO_LONG_WIDE);
                            assertThat(error.arguments()).containsExactly(CentreDetails.NAME_MAX,
                                    name.strip().length());
                        }));
            }
        }
        assertThat(centres.list()).hasSize(3);
    }

    @Test
    void twoCentresWithTheSameNameInOneMunicipalityAreRefused() {
        centres.create(CentreDetails.newCentre("Familjecentralen Solsidan", "Östersund", ""));

        assertThatThrownBy(() -> centres.create(CentreDetails.newCentre("familjecentralen solsidan", "östersund", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("centre.nameTaken"));
        Centre elsewhere = centres.create(CentreDetails.newCentre("Familjecentralen Solsidan", "Krokom", ""));
        assertThat(elsewhere.id()).isPositive();
    }

    @Test
    void theDatabaseItselfRefusesAnUnknownKind() {
        assertThatThrownBy(() -> db.transaction(ctx -> ctx.execute(
                "INSERT INTO centre (name, kind, municipality) VALUES ('X', 'SJUKHUS', 'Y')")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void peopleAreAddedEditedAndRemoved() {
        Centre centre = centres.create(CentreDetails.newCentre("Familjecentralen Ett", "Östersund", ""));

        Person anna = centres.addPerson(centre.id(), new PersonDetails(Role.SAMORDNARE, "Anna Lind",
                "BHV-sjuksköterska", "Region", "anna@example.se", "070-123 45 67"));
        Person bo = centres.addPerson(centre.id(), new PersonDetails(Role.STYRGRUPP, "Bo Ek", "", "", "", ""));
        centres.updatePerson(anna.id(), new PersonDetails(Role.LEDNINGSGRUPP, "Anna Lindén", "Enhetschef",
                "Region", "anna.linden@example.se", ""));
        centres.removePerson(bo.id());

        Centre read = centres.get(centre.id());
        assertThat(read.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Anna Lindén");
            assertThat(p.role()).isEqualTo(Role.LEDNINGSGRUPP);
            assertThat(p.details().email()).isEqualTo("anna.linden@example.se");
        });
        assertThat(read.peopleIn(Role.LEDNINGSGRUPP)).hasSize(1);
    }

    @Test
    void anEmailWithoutDomainIsRefusedAtItsField() {
        List<FieldError> errors = centres.validate(new PersonDetails(Role.SAMORDNARE, "Anna", "", "", "anna@", ""));

        assertThat(errors).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CentreService.FIELD_PERSON_EMAIL,
                        "validation.email"));
    }

    @Test
    void removingACentreTakesItsPeopleAndSaysSoFirst() {
        Centre centre = centres.create(CentreDetails.newCentre("Familjecentralen Ett", "Östersund", ""));
        centres.addPerson(centre.id(), new PersonDetails(Role.SAMORDNARE, "Anna", "", "", "", ""));
        centres.registerDocumentCounter("documents.test", (ctx, id) -> 2);

        CentreContents contents = centres.contentsOf(centre.id());
        centres.delete(centre.id());

        assertThat(contents.people()).isEqualTo(1);
        assertThat(contents.documents()).containsEntry("documents.test", 2);
        assertThat(centres.list()).isEmpty();
        int remainingPeople = db.transactionResult(ctx -> ctx.fetchCount(ctx.selectFrom("person")));
        assertThat(remainingPeople).isZero();
    }

    @Test
    void aMissingCentreIsReportedAsNotFound() {
        assertThatThrownBy(() -> centres.get(4711)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> centres.delete(4711)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFailedActionLeavesNothingHalfDone() {
        Centre centre = centres.create(CentreDetails.newCentre("Familjecentralen Ett", "Östersund", ""));

        assertThatThrownBy(() -> db.transaction(ctx -> {
            ctx.execute("UPDATE centre SET name = 'Halvvägs' WHERE id = " + centre.id());
            throw new IllegalStateException("simulated failure in the middle of an action");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(centres.get(centre.id()).name()).isEqualTo("Familjecentralen Ett");
    }
}
