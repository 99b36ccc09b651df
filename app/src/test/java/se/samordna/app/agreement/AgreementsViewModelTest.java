package se.samordna.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.context.WorkContext;
import se.samordna.app.feature.Notice;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementStatus;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.agreement.ClauseStatus;
import se.samordna.core.agreement.CostYear;
import se.samordna.core.agreement.Placeholder;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.pdf.FlowDocument;
import se.samordna.core.pdf.PdfPrinting;
import se.samordna.core.workspace.Workspace;

class AgreementsViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private SameThreadTaskRunner runner;
    private WorkContext context;
    private AgreementsViewModel model;
    private final List<byte[]> printed = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        runner = new SameThreadTaskRunner();
        context = new WorkContext(2026);
        context.setCentres(workspace.centres().list(), -1);
        model = new AgreementsViewModel(workspace.agreements(), workspace.centres(), runner, Messages.forLanguage("sv"),
                context, (pdf, title, done, failed) -> {
                    printed.add(pdf);
                    done.accept(PdfPrinting.Outcome.PRINTED);
                }, TestWorkspaces.CLOCK);
        context.selectCentre(centre("Familjecentralen Fyrklövern").id());
        model.attach();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aNewAgreementIsSelectedWithItsClausesAndNothingMissing() {
        assertThat(model.agreements()).isEmpty();

        model.create(AgreementKind.SAMVERKAN);

        assertThat(model.agreements()).hasSize(1);
        assertThat(model.titleProperty().get()).isEqualTo("Samverkansavtal för Familjecentralen Fyrklövern i Krokom");
        assertThat(model.statusTextProperty().get()).startsWith("Utkast, version 1");
        assertThat(model.clauses().items()).hasSizeGreaterThan(15);
        assertThat(model.problems()).hasSize(3);
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void typingInAClauseIsSavedAndMarkedAsChanged() {
        model.create(AgreementKind.SAMVERKAN);
        ClauseEditorViewModel clauses = model.clauses();
        clauses.selectedProperty().set(clauses.items().stream()
                .filter(i -> "Lokaler".equals(i.clause().heading())).findFirst().orElseThrow());

        clauses.bodyProperty().set("Parterna delar lokalerna på Krokomsvägen 12 i {{kommun|ange kommun}}.");
        clauses.saveNow();

        var lokaler = clauses.items().stream().filter(i -> "Lokaler".equals(i.clause().heading())).findFirst()
                .orElseThrow();
        assertThat(lokaler.status()).isEqualTo(ClauseStatus.CHANGED);
        assertThat(clauses.describe(lokaler)).isEqualTo("Lokaler – ändrad");
        assertThat(workspace.agreements().get(model.id()).clause(lokaler.clause().id()).orElseThrow().body())
                .contains("Krokomsvägen 12");
        assertThat(clauses.preview()).singleElement().satisfies(block -> assertThat(block.segments())
                .extracting(Placeholder.Segment::text).contains("Krokom"));
    }

    @Test
    void anEmptyBlankIsListedAndAValueFixesIt() {
        Centre fyrklovern = centre("Familjecentralen Fyrklövern");
        workspace.centres().update(fyrklovern.id(), fyrklovern.details().withCatchmentArea(""));
        model.create(AgreementKind.SAMVERKAN);

        nameSignatories();
        assertThat(model.problems()).containsExactly(
                "Luckan [ange inom vilket område] har inget värde. Fyll i den under Uppgifter eller i familjecentralens uppgifter.");
        model.details().overrideProperty(Placeholder.OMRADE).set("Krokoms sjukvårdsområde");
        model.details().saveValue(Placeholder.OMRADE);

        assertThat(model.problems()).isEmpty();
    }

    @Test
    void fromDraftToSignedToANewVersion() {
        model.create(AgreementKind.SAMVERKAN);
        assertThat(model.problems()).hasSize(3).allSatisfy(p -> assertThat(p).startsWith("Ingen undertecknare"));
        nameSignatories();

        model.markReady();
        assertThat(model.clauses().editableProperty().get()).isFalse();
        model.sign(LocalDate.of(2026, 10, 1));
        assertThat(model.statusTextProperty().get()).startsWith("Undertecknat 2026-10-01, version 1");
        model.newVersion();

        assertThat(model.agreements()).extracting(AgreementSummary::version).contains(1, 2);
        assertThat(model.snapshotProperty().get().agreement().status()).isEqualTo(AgreementStatus.UTKAST);
        assertThat(model.versions()).hasSize(2);
    }

    @Test
    void theCoordinatorsTermsRotateThePayersAndTheTasksCanBeChosen() {
        model.create(AgreementKind.SAMORDNARE);
        AgreementDetailsViewModel details = model.details();

        details.scopeProperty().set("12,5");
        details.startProperty().set(LocalDate.of(2027, 8, 1));
        details.saveTerms();

        assertThat(details.costYears()).extracting(CostYear::year).containsExactly(2027, 2028, 2029, 2030);
        assertThat(details.periodTextProperty().get()).isEqualTo("Avtalsperiod: 2027-08-01 – 2030-07-31");
        var recommended = details.tasks().stream().filter(t -> !t.included()).findFirst().orElseThrow();
        details.setTaskIncluded(recommended, true);
        assertThat(details.tasks().stream().filter(t -> t.id() == recommended.id()).findFirst().orElseThrow()
                .included()).isTrue();
        assertThat(workspace.agreements().get(model.id()).terms().scopePercent()).isEqualByComparingTo(new BigDecimal("12.5"));
    }

    @Test
    void termsSavedBySomeoneElseMeanwhileAreNotOverwrittenAndAreShown() {
        model.create(AgreementKind.SAMORDNARE);
        AgreementDetailsViewModel details = model.details();
        details.scopeProperty().set("20");
        details.saveTerms();
        details.scopeProperty().set("25"); // a second save by the same form is no conflict
        details.saveTerms();
        assertThat(runner.failures()).isEmpty();
        long id = model.id();

        // Another coordinator saves other terms through their own Samordna.
        var stored = workspace.agreements().get(id).terms();
        workspace.agreements().updateTerms(id, new se.samordna.core.agreement.CoordinatorTerms(stored.coordinatorPersonId(),
                new BigDecimal("40"), stored.startDate(), stored.termYears(), stored.noticeMonths()));

        details.scopeProperty().set("30");
        details.saveTerms();

        assertThat(runner.failures()).singleElement()
                .isInstanceOf(se.samordna.core.common.ChangedByOther.class);
        assertThat(workspace.agreements().get(id).terms().scopePercent()).as("theirs kept")
                .isEqualByComparingTo(new BigDecimal("40"));
    }

    @Test
    void aScopeThatIsNotANumberIsNamedAndNotSaved() {
        model.create(AgreementKind.SAMORDNARE);

        model.details().scopeProperty().set("tjugo");
        model.details().saveTerms();

        assertThat(model.details().termsErrorProperty().get())
                .isEqualTo("Skriv omfattningen som ett tal, till exempel 20 eller 12,5 (inte ”tjugo”).");
        assertThat(workspace.agreements().get(model.id()).terms().scopePercent()).isNull();
    }

    @Test
    void exportWritesAPdfAndPrintingHandsThreeCopiesToThePrinter() throws Exception {
        model.create(AgreementKind.SAMVERKAN);
        Path file = dir.resolve("avtal.pdf");
        FlowDocument.Report[] report = new FlowDocument.Report[1];

        model.exportPdf(file, 3, r -> report[0] = r);
        model.print(3, outcome -> { });

        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(report[0].pages()).isGreaterThan(9);
        assertThat(printed).hasSize(1);
        assertThat(model.suggestedFileName(3)).isEqualTo("Samverkansavtal Familjecentralen Fyrklövern v1 3 exemplar.pdf");
    }

    @Test
    void theHomeScreenNamesMissingAgreementsAndATermEndingSoon() {
        Messages messages = Messages.forLanguage("sv");
        AgreementNotices notices = new AgreementNotices(workspace.agreements(), messages, TestWorkspaces.CLOCK);

        List<String> fyrklovern = notices.noticesFor(centre("Familjecentralen Fyrklövern"), 2026).stream()
                .map(Notice::text).toList();
        List<String> lillsjon = notices.noticesFor(centre("Familjecentralen Lillsjön"), 2026).stream()
                .map(Notice::text).toList();
        List<String> solsidan = notices.noticesFor(centre("Familjecentralen Solsidan"), 2026).stream()
                .map(Notice::text).toList();

        assertThat(fyrklovern).containsExactlyInAnyOrder(
                "Det finns inget undertecknat samverkansavtal för familjecentralen.",
                "Det finns inget undertecknat avtal för samordnaren.");
        assertThat(lillsjon).anySatisfy(text -> assertThat(text).isEqualTo("Samordnarens avtal löper ut 2027-02-28 (om 97 dagar). Dags att förnya det."))
                .contains("Samverkansavtal, version 1, är inte undertecknat (Utkast).");
        assertThat(solsidan).isEmpty();
    }

    private void nameSignatories() {
        for (var party : List.copyOf(model.details().parties())) {
            model.details().saveParty(new se.samordna.core.agreement.Party(party.id(), party.position(),
                    party.heading(), party.organisation(), "Göran Olsson", "Förvaltningschef", "", null));
        }
    }

    private Centre centre(String name) {
        CentreSummary summary = workspace.centres().list().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
        return workspace.centres().get(summary.id());
    }
}
