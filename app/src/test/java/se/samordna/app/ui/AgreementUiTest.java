package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.Shell;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.agreement.AgreementsViewModel;
import se.samordna.app.agreement.ClauseEditorViewModel.ClauseItem;
import se.samordna.core.agreement.Party;
import se.samordna.app.i18n.Messages;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.agreement.Clause;
import se.samordna.core.pdf.PdfPrinting;
import se.samordna.core.workspace.Workspace;

@ExtendWith(ApplicationExtension.class)
class AgreementUiTest {

    @TempDir
    Path dir;

    private Stage stage;
    private AppContext context;
    private Workspace workspace;
    private AppPreferences preferences;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        preferences = TestWorkspaces.preferences();
        workspace = TestWorkspaces.withExamples(dir);
        stage.setWidth(1366);
        stage.setHeight(900);
        context = new AppContext(workspace, new SameThreadTaskRunner(), preferences,
                Messages.forLanguage("sv"), TestWorkspaces.CLOCK,
                (pdf, title, done, failed) -> done.accept(PdfPrinting.Outcome.CANCELLED), new AnsweringFileDialogs());
        new Shell(stage, context, () -> { }).show();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        workspace.close();
        TestWorkspaces.forget(preferences);
    }

    @Test
    void aCollaborationAgreementIsWrittenMadeReadyAndSignedThroughTheWindow(FxRobot robot) {
        robot.clickOn("#nav-AGREEMENTS");
        robot.clickOn("#newCollaborationButton");

        ListView<ClauseItem> clauses = robot.lookup("#clauseList").queryListView();
        robot.interact(() -> clauses.getSelectionModel().select(clauses.getItems().stream()
                .filter(i -> i.clause().heading().equals("Lokaler")).findFirst().orElseThrow()));
        robot.clickOn("#clauseBody").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Lokalerna ligger på Krokomsvägen 12.");
        robot.clickOn("#clauseHeading");

        Agreement draft = only(AgreementStatus.UTKAST);
        Clause lokaler = draft.clauses().stream().filter(c -> c.heading().equals("Lokaler")).findFirst().orElseThrow();
        assertThat(lokaler.body()).endsWith("material. Lokalerna ligger på Krokomsvägen 12.");
        assertThat(clauses.getItems()).anySatisfy(i -> assertThat(i.clause().heading()).isEqualTo("Lokaler"));
        assertThat(clauses.getItems()).anySatisfy(item -> {
            assertThat(item.clause().heading()).isEqualTo("Lokaler");
            assertThat(item.status()).isEqualTo(se.samordna.core.agreement.ClauseStatus.CHANGED);
        });

        AgreementsViewModel agreements = context.agreements();
        robot.interact(() -> List.copyOf(agreements.details().parties()).forEach(party -> agreements.details().saveParty(
                new Party(party.id(), party.position(), party.heading(), party.organisation(), "Göran Olsson",
                        "Förvaltningschef", "", null))));
        robot.clickOn("#markReadyButton");
        robot.clickOn("#confirmButton");
        assertThat(only(AgreementStatus.KLAR).readyAt()).isNotNull();

        robot.clickOn("#signButton");
        robot.clickOn("#saveDateButton");

        Agreement signed = only(AgreementStatus.UNDERTECKNAT);
        assertThat(signed.signedDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        assertThat(robot.lookup("#agreementStatus").queryAs(Label.class).getText())
                .startsWith("Undertecknat 2026-11-23, version 1");
        assertThat(robot.lookup("#newVersionButton").queryButton().isVisible()).isTrue();
    }

    private Agreement only(AgreementStatus status) {
        long centre = workspace.centres().list().getFirst().id();
        AgreementSummary summary = workspace.agreements().list(centre).stream()
                .filter(a -> a.status() == status).findFirst().orElseThrow();
        return workspace.agreements().get(summary.id());
    }
}
