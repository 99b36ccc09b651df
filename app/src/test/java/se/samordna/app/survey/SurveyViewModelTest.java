package se.samordna.app.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.pdf.PdfPrinting;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyImport;
import se.samordna.core.workspace.Workspace;

/** The survey page's models on a real workspace: import all or nothing, results, goals taken up, printing. */
class SurveyViewModelTest {
    private static final String HEADER = "Formulär;Kön;Fråga 1;Fråga 2;Fråga 3;Fråga 4;Fråga 5;Fråga 6;Fråga 7;"
            + "Fråga 8;Fråga 9;Fråga 10;Fråga 11;Fråga 12;Fråga 13;Fråga 14;Övrigt\n";

    @TempDir
    Path dir;

    private Workspace workspace;
    private SameThreadTaskRunner runner;
    private WorkContext context;
    private SurveyViewModel model;
    private final List<byte[]> printed = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        runner = new SameThreadTaskRunner();
        context = new WorkContext(2026);
        context.setCentres(workspace.centres().list(), -1);
        model = new SurveyViewModel(workspace.surveys(), workspace.goals(), runner, Messages.forLanguage("sv"), context,
                (pdf, title, done, failed) -> {
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
    void aFileWithABadRowImportsNothingAndTheCorrectedFileImportsEveryForm() throws Exception {
        Path bad = dir.resolve("svar.csv");
        Files.writeString(bad, HEADER
                + "1;kvinna;4;4;3;3;4;4;3;3;4;4;3;3;4;4;Bra\n"
                + "2;man;4;7;3;3;4;4;3;3;4;4;3;3;4;4;\n"
                + "3;;Vet inte;3;3;3;4;4;3;3;4;4;3;3;4;;\n", StandardCharsets.UTF_8);
        SurveyImportViewModel importer = new SurveyImportViewModel(model);

        importer.open(bad);

        assertThat(importer.columns()).hasSize(17);
        assertThat(importer.columns().get(0).targetProperty().get().kind()).isEqualTo(SurveyImport.Kind.FORM_NUMBER);
        assertThat(importer.columns().get(2).targetProperty().get()).isEqualTo(
                SurveyImport.Target.item(model.survey().items().getFirst().key()));
        assertThat(importer.importable()).isFalse();
        SurveyImport.RowError error = importer.previewProperty().get().errors().getFirst();
        assertThat(error.row()).isEqualTo(3);
        assertThat(importer.describe(error)).isEqualTo("”7” i kolumnen ”Fråga 2” är inget svar: skriv 1–4 "
                + "(eller Stämmer mycket dåligt … Stämmer mycket bra), 0 eller Vet inte, eller lämna tomt.");
        assertThat(importer.summaryProperty().get()).startsWith("1 av 3 rader har fel.");
        importer.importNow(count -> { });
        assertThat(workspace.surveys().responses(model.survey().id())).as("all or nothing").isEmpty();

        Files.writeString(bad, Files.readString(bad).replace("4;7;3", "4;2;3"), StandardCharsets.UTF_8);
        importer.open(bad);
        int[] imported = {0};
        importer.importNow(count -> imported[0] = count);

        assertThat(imported[0]).isEqualTo(3);
        assertThat(model.responses()).hasSize(3);
        assertThat(model.survey().frozen()).isTrue();
        assertThat(model.nextFormNumber()).isEqualTo(4);
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadLeavesNothingOfThePreviousFileOnScreen() throws Exception {
        Path good = dir.resolve("svar.csv");
        Files.writeString(good, HEADER + "1;kvinna;4;4;3;3;4;4;3;3;4;4;3;3;4;4;Bra\n", StandardCharsets.UTF_8);
        Path broken = dir.resolve("trasig.xlsx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        SurveyImportViewModel importer = new SurveyImportViewModel(model);
        importer.open(good);
        assertThat(importer.importable()).isTrue();

        importer.open(broken);

        assertThat(runner.failures()).as("the reason is told").hasSize(1);
        assertThat(importer.fileProperty().get()).isNull();
        assertThat(importer.fileInfoProperty().get()).isEmpty();
        assertThat(importer.columns()).isEmpty();
        assertThat(importer.previewProperty().get()).isNull();
        assertThat(importer.summaryProperty().get()).isEmpty();
        assertThat(importer.importable()).isFalse();
    }

    @Test
    void aRepeatedFormNumberIsTheOnlyMessageShownNotBesideTheLastFormsSavedMessage() {
        FormEntryViewModel entry = new FormEntryViewModel(model);
        entry.type(entry.cells().getFirst(), '4');
        entry.save(() -> { });
        assertThat(entry.feedbackProperty().get()).isEqualTo("Formulär 1 sparat. Nästa formulär:");

        entry.numberProperty().set("1");

        assertThat(entry.numberErrorProperty().get()).startsWith("Formulär nummer 1 är redan inmatat");
        assertThat(entry.feedbackProperty().get()).isEmpty();
    }

    @Test
    void theCountOfFormsNamesTheYearInViewAfterTheYearChanges() {
        FormEntryViewModel entry = new FormEntryViewModel(model);
        var count = entry.countText();
        assertThat(count.get()).isEqualTo("Inga formulär inmatade för 2026");

        context.yearProperty().set(2025);

        assertThat(count.get()).endsWith("för 2025");
    }

    @Test
    void resultsAreCountedWhenShownAndAnAreaBelowTargetBecomesAGoalForNextYear() {
        context.selectCentre(centre("Familjecentralen Solsidan").id());
        assertThat(model.resultsProperty().get()).as("not counted until the results are shown").isNull();

        model.setResultsWanted(true);

        assertThat(model.resultsProperty().get().respondents()).isGreaterThan(40);
        assertThat(model.proposals()).containsKey(SurveyArea.DELAKTIGHET);
        GoalDraft proposal = model.proposals().get(SurveyArea.DELAKTIGHET);
        model.saveGoal(null, 2027, SurveyArea.DELAKTIGHET.name(), proposal, errors -> { });

        YearGoal goal = model.goalFor(SurveyArea.DELAKTIGHET);
        assertThat(goal).isNotNull();
        assertThat(goal.year()).isEqualTo(2027);
        assertThat(goal.source()).isEqualTo(GoalSource.FORALDRAENKAT);
        assertThat(workspace.goals().list(goal.centreId(), 2027)).extracting(YearGoal::originRef)
                .contains("DELAKTIGHET");
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void formsArePrintedInTheChosenLanguageAndExportedAsPdf() throws Exception {
        model.printForms("en", 1, 3, outcome -> { });
        assertThat(printed).hasSize(1);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(printed.getFirst())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("0001").contains("0003").contains("Parent");
        }
        Path target = dir.resolve("formular.pdf");
        List<se.samordna.core.pdf.FlowDocument.Report> written = new java.util.ArrayList<>();
        model.exportForms("sv", 10, 2, target, written::add);
        assertThat(Files.size(target)).isGreaterThan(10_000);
        assertThat(written).singleElement().satisfies(report -> assertThat(report.replacedCharacters()).isEmpty());
        assertThat(model.replacedNotice(written.getFirst())).isEmpty();
        assertThat(model.missingTexts("so")).isNotEmpty();
        assertThat(model.missingTexts("en")).isEmpty();
    }

    @Test
    void theShippedArabicTranslationPrintsAndIsMarkedForReviewUntilApproved() throws Exception {
        assertThat(model.languages()).contains("ar");
        assertThat(model.missingTexts("ar")).isEmpty();
        assertThat(model.needsReview("ar")).isTrue();
        assertThat(model.needsReview("en")).isFalse();

        Path target = dir.resolve("arabiska.pdf");
        List<se.samordna.core.pdf.FlowDocument.Report> written = new java.util.ArrayList<>();
        model.exportForms("ar", 1, 1, target, written::add);
        assertThat(written.getFirst().replacedCharacters()).isEmpty();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("استبيان أولياء الأمور");
        }

        model.approveTranslation("ar");
        assertThat(model.needsReview("ar")).isFalse();
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void charactersNoFontHasAreNamedAfterSaving() {
        var report = new se.samordna.core.pdf.FlowDocument.Report(1, java.util.Set.of("😀"));
        assertThat(model.replacedNotice(report)).contains("😀").startsWith("\n\n");
    }

    private CentreSummary centre(String name) {
        return workspace.centres().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
