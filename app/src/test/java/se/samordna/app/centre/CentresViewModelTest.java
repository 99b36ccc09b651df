package se.samordna.app.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.context.WorkContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.Person;
import se.samordna.core.centre.Role;
import se.samordna.core.common.FieldError;
import se.samordna.core.db.Backup;
import se.samordna.core.workspace.Workspace;

class CentresViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private SameThreadTaskRunner runner;
    private WorkContext context;
    private CentresViewModel model;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.withExamples(dir);
        runner = new SameThreadTaskRunner();
        context = new WorkContext(2026);
        model = new CentresViewModel(workspace.centres(), workspace.backups(), runner, Messages.forLanguage("sv"),
                context);
        model.refreshList(-1);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void selectingACentreFillsTheEditor() {
        CentreSummary solsidan = find("Familjecentralen Solsidan");

        context.centreProperty().set(solsidan);

        assertThat(model.nameProperty().get()).isEqualTo("Familjecentralen Solsidan");
        assertThat(model.municipalityProperty().get()).isEqualTo("Östersund");
        assertThat(model.partProperty(Part.FAMILJERADGIVNING).get()).isTrue();
        assertThat(model.partProperty(Part.TANDVARD).get()).isFalse();
        assertThat(model.people()).extracting(Person::name).contains("Anna Lindqvist");
        assertThat(model.editableProperty().get()).isTrue();
    }

    @Test
    void aCentreGivenOnlyToSeeIsShownButNotEditable() {
        CentreSummary solsidan = find("Familjecentralen Solsidan");
        CentreSummary lillsjon = find("Familjecentralen Lillsjön");
        context.centreProperty().set(solsidan);
        assertThat(model.editableProperty().get()).isTrue();

        // A coordinator on the server, given Solsidan to see and Lillsjön to edit (as AccessService.whoAmI says).
        context.accessProperty().set(new se.samordna.core.access.CurrentAccess("anna",
                se.samordna.core.access.AccessGroup.COORDINATOR, false,
                java.util.Set.of(solsidan.id(), lillsjon.id()), java.util.Set.of(lillsjon.id())));

        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.saveStateProperty().get()).startsWith("Du kan se den här familjecentralen men inte ändra den");
        context.centreProperty().set(lillsjon);
        assertThat(model.editableProperty().get()).isTrue();
        assertThat(model.accessProperty().get().createsCentres()).isFalse();
    }

    @Test
    void anEditIsSavedAndTheListFollowsARename() {
        context.centreProperty().set(find("Familjecentralen Lillsjön"));

        model.nameProperty().set("Familjecentralen Lillsjön-Körfältet");
        model.partProperty(Part.TANDVARD).set(true);
        model.save();

        CentreSummary selected = context.centre();
        assertThat(selected.name()).isEqualTo("Familjecentralen Lillsjön-Körfältet");
        assertThat(context.centres()).extracting(CentreSummary::name).contains("Familjecentralen Lillsjön-Körfältet");
        assertThat(workspace.centres().get(selected.id()).details().parts()).contains(Part.TANDVARD);
        assertThat(model.saveStateProperty().get()).startsWith("Sparat ");
    }

    @Test
    void anEmptyNameIsShownAtTheFieldInSwedishAndNotSaved() {
        CentreSummary lillsjon = find("Familjecentralen Lillsjön");
        context.centreProperty().set(lillsjon);

        model.nameProperty().set("   ");
        model.save();

        assertThat(model.errorProperty(CentreService.FIELD_NAME).get()).isEqualTo("Måste fyllas i.");
        assertThat(model.saveStateProperty().get()).startsWith("Inte sparat");
        assertThat(workspace.centres().get(lillsjon.id()).name()).isEqualTo("Familjecentralen Lillsjön");
    }

    @Test
    void aNameAlreadyUsedInTheMunicipalityIsRefusedAtTheField() {
        context.centreProperty().set(find("Familjecentralen Lillsjön"));

        model.nameProperty().set("Familjecentralen Solsidan");
        model.save();

        assertThat(model.errorProperty(CentreService.FIELD_NAME).get())
                .isEqualTo("Det finns redan en familjecentral som heter Familjecentralen Solsidan i Östersund.");
    }

    @Test
    void switchingCentreSavesWhatWasTypedFirst() {
        CentreSummary lillsjon = find("Familjecentralen Lillsjön");
        context.centreProperty().set(lillsjon);
        model.regionProperty().set("Region Jämtland Härjedalen, södra");

        context.centreProperty().set(find("Familjecentralen Solsidan"));

        assertThat(workspace.centres().get(lillsjon.id()).details().region())
                .isEqualTo("Region Jämtland Härjedalen, södra");
        assertThat(model.nameProperty().get()).isEqualTo("Familjecentralen Solsidan");
    }

    @Test
    void aNewCentreIsCreatedAndSelected() {
        List<List<FieldError>> invalid = new ArrayList<>();
        boolean[] created = {false};

        model.create(new CentreDetails("Familjecentralen Åre", CentreKind.FAMILJECENTRAL, "Åre", "", "",
                java.util.Set.of(), ""), () -> created[0] = true, invalid::add);

        assertThat(created[0]).isTrue();
        assertThat(invalid).isEmpty();
        assertThat(context.centre().name()).isEqualTo("Familjecentralen Åre");
        assertThat(model.nameProperty().get()).isEqualTo("Familjecentralen Åre");
    }

    @Test
    void aNewCentreWithoutMunicipalityGetsItsErrorsBack() {
        List<List<FieldError>> invalid = new ArrayList<>();

        model.create(new CentreDetails("Familjecentralen X", CentreKind.FAMILJECENTRAL, "", "", "",
                java.util.Set.of(), ""), () -> { }, invalid::add);

        assertThat(invalid).singleElement().satisfies(errors -> assertThat(errors)
                .extracting(FieldError::field).containsExactly(CentreService.FIELD_MUNICIPALITY));
        assertThat(context.centres()).hasSize(3);
    }

    @Test
    void aNameOfEmojiOrEmojiAndArabicIsSavedOrRefusedInSwedishButNeverFailsInTheDatabase() {
        String emoji = "\uD83D\uDE0A"; // 😊
        String arabic = " مركز الأسرة في الحي";
        Messages swedish = Messages.forLanguage("sv");

        for (String name : List.of(emoji.repeat(200), emoji.repeat(100) + arabic)) {
            List<List<FieldError>> invalid = new ArrayList<>();
            model.create(new CentreDetails(name, CentreKind.FAMILJECENTRAL, "Östersund", "", "", java.util.Set.of(),
                    ""), () -> { }, invalid::add);

            assertThat(invalid).singleElement().satisfies(errors -> assertThat(errors).singleElement()
                    .satisfies(error -> {
                        assertThat(error.field()).isEqualTo(CentreService.FIELD_NAME);
                        assertThat(swedish.describe(error)).isEqualTo("För lång text: högst 200 tecken, nu "
                                + name.length() + ". Emojier och vissa andra tecken räknas som två.");
                    }));
        }
        boolean[] created = {false};
        model.create(new CentreDetails(emoji.repeat(90) + arabic, CentreKind.FAMILJECENTRAL, "Östersund", "", "",
                java.util.Set.of(), ""), () -> created[0] = true, errors -> { });
        assertThat(created[0]).isTrue();
        assertThat(workspace.centres().get(context.centre().id()).name()).isEqualTo(emoji.repeat(90) + arabic);

        // Renaming in the editor: the field says what is wrong, nothing reaches the database.
        model.nameProperty().set(emoji.repeat(200));
        model.save();
        assertThat(model.errorProperty(CentreService.FIELD_NAME).get()).startsWith("För lång text: högst 200 tecken");
        assertThat(runner.failures()).as("no database error").isEmpty();
    }

    @Test
    void removalNamesWhatGoesWithItAndBacksUpFirst() {
        context.centreProperty().set(find("Familjecentralen Solsidan"));
        String[] question = {""};

        model.contentsOfSelected(contents -> question[0] = model.describeRemoval(contents));
        model.removeSelected();

        assertThat(question[0]).contains("Vill du ta bort Familjecentralen Solsidan?").contains("6 personer")
                .contains(se.samordna.core.TestDatabases.onServer() ? "serverns egna säkerhetskopior" : "En säkerhetskopia görs först");
        assertThat(context.centres()).extracting(CentreSummary::name).doesNotContain("Familjecentralen Solsidan");
        if (!se.samordna.core.TestDatabases.onServer()) {
            assertThat(workspace.backups().list()).extracting(Backup::reason).contains(Backup.Reason.BEFORE_DELETE);
        }
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void personEditorChecksTheEmailAsItIsTyped() {
        context.centreProperty().set(find("Familjecentralen Solsidan"));
        PersonEditorViewModel editor = model.personEditor(null);

        assertThat(editor.errorProperty(CentreService.FIELD_PERSON_NAME).get()).as("untouched name").isEmpty();
        editor.nameProperty().set("Eva Strömberg");
        editor.emailProperty().set("eva.stromberg@");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.errorProperty(CentreService.FIELD_PERSON_EMAIL).get())
                .isEqualTo("Skriv e-postadressen i formen namn@exempel.se.");

        editor.emailProperty().set("eva.stromberg@ostersund.se");
        editor.roleProperty().set(Role.STYRGRUPP);
        assertThat(editor.validProperty().get()).isTrue();
        model.addPerson(editor.details());

        assertThat(model.people()).extracting(Person::name).contains("Eva Strömberg");
        assertThat(workspace.centres().get(context.centre().id()).peopleIn(Role.STYRGRUPP))
                .extracting(Person::name).contains("Eva Strömberg");
    }

    private CentreSummary find(String name) {
        return context.centres().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
