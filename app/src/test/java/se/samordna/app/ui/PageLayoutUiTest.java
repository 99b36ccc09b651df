package se.samordna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.chart.XYChart;
import javafx.geometry.Orientation;
import javafx.geometry.VerticalDirection;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import se.samordna.app.AppContext;
import se.samordna.app.Shell;
import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.reflection.WorkshopViewModel;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.shell.Section;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.agreement.Party;
import se.samordna.core.db.Backup;
import se.samordna.core.reflection.WorkshopSummary;
import se.samordna.core.workspace.Workspace;

/**
 * Every page of the sidebar, with the example data, in a 1366 × 768 window (a common municipal
 * laptop), at the normal text size and two steps larger: no text cut short or broken mid-word, no
 * control outside the window or cut off by its container, no list squashed to a strip. One subclass
 * per language, as the words' lengths differ.
 *
 * <p>With {@code -Dsamordna.shots=FOLDER} each page is also saved as a PNG there, to look at. (The
 * headless platform's screen is 1000 × 1000 pixels: a window much larger than 1366 × 768 overruns its
 * frame buffer, so larger screens are looked at under Xvfb.)
 */
@ExtendWith(ApplicationExtension.class)
abstract class PageLayoutUiTest {
    static final double WIDTH = 1366;
    static final double HEIGHT = 768;
    private static final int[] FONT_SIZES = {AppPreferences.DEFAULT_FONT_SIZE, AppPreferences.DEFAULT_FONT_SIZE + 2};
    private static final Path SHOTS = System.getProperty("samordna.shots") == null ? null
            : Path.of(System.getProperty("samordna.shots"));

    @TempDir
    Path dir;

    private Stage stage;
    private Workspace workspace;
    private AppPreferences preferences;
    private AppContext context;
    private Shell shell;
    private String language;
    private final Set<String> problems = new LinkedHashSet<>();

    /** Call from each subclass's {@code @Start} (TestFX does not look for one in a superclass). */
    void open(Stage stage, String language) {
        this.stage = stage;
        this.language = language;
        preferences = TestWorkspaces.preferences();
        workspace = TestWorkspaces.withExamples(dir.resolve("data"));
        long solsidan = centre("Familjecentralen Solsidan");
        readyForSigning(centre("Familjecentralen Fyrklövern"));
        workspace.backups().create(Backup.Reason.MANUAL); // the home page's backup card with its line
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        context = new AppContext(workspace, new SameThreadTaskRunner(), preferences, Messages.forLanguage(language),
                TestWorkspaces.CLOCK);
        shell = new Shell(stage, context, () -> { });
        shell.show();
        context.work().selectCentre(solsidan);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.close()).get();
        workspace.close();
        TestWorkspaces.forget(preferences);
    }

    @Test
    void home(FxRobot robot) {
        show(robot, se.samordna.app.home.HomeFeature.SECTION);
        check(robot, "home");
        assertNoProblems();
    }

    @Test
    void centres(FxRobot robot) {
        show(robot, se.samordna.app.centre.CentresFeature.SECTION);
        check(robot, "centres");
        robot.interact(() -> robot.lookup("#centreEditor").queryAs(ScrollPane.class).setVvalue(1));
        check(robot, "centres-people");
        assertNoProblems();
    }

    @Test
    void agreementsWithEveryTab(FxRobot robot) {
        show(robot, se.samordna.app.agreement.AgreementsFeature.SECTION);
        walkAgreements(robot, "solsidan");
        // Lillsjön has a draft: the list of what is missing takes room above the tabs.
        robot.interact(() -> context.work().selectCentre(centre("Familjecentralen Lillsjön")));
        walkAgreements(robot, "lillsjon");
        // Fyrklövern's is ready for signing: the buttons of that state.
        robot.interact(() -> context.work().selectCentre(centre("Familjecentralen Fyrklövern")));
        walkAgreements(robot, "fyrklovern");
        assertNoProblems();
    }

    @Test
    void selfReflectionWithEveryStepAndTheResults(FxRobot robot) {
        show(robot, se.samordna.app.reflection.ReflectionFeature.SECTION);
        List<WorkshopSummary> workshops = List.copyOf(context.reflection().workshops());
        assertThat(workshops).isNotEmpty();
        robot.interact(() -> context.reflection().select(workshops.getFirst()));
        WorkshopViewModel workshop = context.reflection().currentProperty().get();
        for (WorkshopViewModel.Page page : WorkshopViewModel.Page.values()) {
            robot.interact(() -> workshop.goTo(page));
            check(robot, "reflection-" + page.name().toLowerCase());
        }
        assertResultsReadable(robot);
        assertNoProblems();
    }

    @Test
    void parentSurveyWithEveryTab(FxRobot robot) {
        show(robot, se.samordna.app.survey.SurveyFeature.SECTION);
        TabPane tabs = tabPane(robot, "#surveyPage");
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            check(robot, "survey-" + tab.getId());
        }
        showPart(robot, "#surveyResults", "#areaChart", "survey-results-chart");
        assertNoProblems();
    }

    @Test
    void annualReportWithEveryStep(FxRobot robot) {
        show(robot, se.samordna.app.report.ReportFeature.SECTION);
        int steps = context.report().sections().size();
        assertThat(steps).isGreaterThan(3);
        for (int step = 0; step < steps; step++) {
            int index = step;
            robot.interact(() -> context.report().goTo(index));
            check(robot, "report-" + (step + 1));
        }
        assertNoProblems();
    }

    @Test
    void actionPlanWithEveryKindOfPartEveryTabAndItsDialogs(FxRobot robot) {
        show(robot, se.samordna.app.plan.PlanFeature.SECTION);
        walkPlan(robot, "plan-solsidan");
        selectInPlan(robot, node -> node instanceof se.samordna.core.plan.Activity);
        robot.clickOn("#planEdit");
        checkDialog(robot, "plan-activity-dialog");
        selectInPlan(robot, node -> node instanceof se.samordna.core.plan.Subgoal);
        robot.clickOn("#planCopySubgoal");
        checkDialog(robot, "plan-copy-dialog");
        robot.interact(() -> context.feature(se.samordna.app.plan.PlanFeature.class).model().scopeProperty()
                .set(se.samordna.core.plan.PlanScope.MUNICIPAL));
        settle(robot);
        walkPlan(robot, "plan-municipal");
        robot.clickOn("#planCovered");
        checkDialog(robot, "plan-covered-dialog");
        // Fyrklövern's municipality has no plan: the page offers to make one.
        robot.interact(() -> context.work().selectCentre(centre("Familjecentralen Fyrklövern")));
        settle(robot);
        check(robot, "plan-municipal-none");
        robot.interact(() -> context.feature(se.samordna.app.plan.PlanFeature.class).model().scopeProperty()
                .set(se.samordna.core.plan.PlanScope.CENTRE));
        settle(robot);
        check(robot, "plan-fyrklovern-new");
        assertNoProblems();
    }

    @Test
    void annualWheelWithAChosenRowAndTheActivityDialog(FxRobot robot) {
        show(robot, se.samordna.app.wheel.WheelFeature.SECTION);
        check(robot, "wheel");
        TableView<?> list = robot.lookup("#wheelList").queryAs(TableView.class);
        assertThat(list.getItems()).isNotEmpty();
        int longest = 0;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (describeRow(list, i).length() > describeRow(list, longest).length()) {
                longest = i;
            }
        }
        for (int row : new int[] {0, longest, list.getItems().size() - 1}) {
            robot.interact(() -> {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            });
            check(robot, "wheel-row-" + row);
        }
        robot.clickOn("#wheelAdd");
        checkDialog(robot, "wheel-add-dialog");
        assertNoProblems();
    }

    @Test
    void overview(FxRobot robot) {
        show(robot, se.samordna.app.overview.OverviewFeature.SECTION);
        check(robot, "overview");
        assertThat(robot.lookup("#overviewTable").queryAs(javafx.scene.control.TableView.class).getItems())
                .as("a row per centre").hasSize(context.work().centres().size());
        assertNoProblems();
    }

    /** Parts not built yet, if any are left: their placeholder pages fit too. */
    @Test
    void pagesNotBuiltYet(FxRobot robot) {
        for (Section section : context.features().stream().filter(f -> !f.built())
                .map(se.samordna.app.feature.Feature::section).toList()) {
            show(robot, section);
            check(robot, section.name().toLowerCase());
        }
        assertNoProblems();
    }

    // --- the pages' own parts ---

    private void walkAgreements(FxRobot robot, String centre) {
        List<AgreementSummary> agreements = List.copyOf(context.agreements().agreements());
        assertThat(agreements).as("agreements of %s", centre).isNotEmpty();
        TabPane tabs = tabPane(robot, "#agreementsPage");
        for (AgreementSummary agreement : agreements) {
            robot.interact(() -> context.agreements().select(agreement));
            String name = "agreements-" + centre + "-" + agreement.kind().name().toLowerCase();
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                check(robot, name + "-" + tab.getId());
                if ("agreementTextTab".equals(tab.getId())) {
                    assertClauseListShowsEightRows(robot, name);
                }
            }
        }
    }

    /** The clause list is the working area of the text tab: at least eight clauses in view. */
    private void assertClauseListShowsEightRows(FxRobot robot, String name) {
        for (int size : FONT_SIZES) {
            fontSize(robot, size);
            ListView<?> list = robot.lookup("#clauseList").queryAs(ListView.class);
            long whole = robot.lookup("#clauseList .list-cell").queryAllAs(ListCell.class).stream()
                    .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getItem() != null)
                    .filter(cell -> {
                        var bounds = list.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
                        return bounds.getMinY() >= -1 && bounds.getMaxY() <= list.getHeight() + 1;
                    }).count();
            if (whole < Math.min(8, list.getItems().size())) {
                problems.add(name + " at " + size + " px: the clause list shows " + whole + " whole rows ("
                        + Math.round(list.getHeight()) + " px high)");
            }
        }
        fontSize(robot, AppPreferences.DEFAULT_FONT_SIZE);
    }

    /** The result page scrolls as one: the table at its full height, the charts tall enough to read. */
    private void assertResultsReadable(FxRobot robot) {
        robot.interact(() -> context.reflection().currentProperty().get().goTo(WorkshopViewModel.Page.RESULT));
        for (int size : FONT_SIZES) {
            fontSize(robot, size);
            TableView<?> table = robot.lookup("#resultTable").queryAs(TableView.class);
            boolean scrolls = table.lookupAll(".scroll-bar").stream()
                    .anyMatch(bar -> bar instanceof ScrollBar scrollBar
                            && scrollBar.getOrientation() == Orientation.VERTICAL && scrollBar.isVisible());
            if (scrolls) {
                problems.add("reflection result at " + size + " px: the table scrolls inside the page");
            }
            for (Node chart : robot.lookup(".chart").queryAll()) {
                if (chart instanceof XYChart<?, ?> xy && xy.isVisible()) {
                    Node plot = xy.lookup(".chart-plot-background");
                    double height = plot == null ? 0 : plot.getLayoutBounds().getHeight();
                    if (height < 200) {
                        problems.add("reflection result at " + size + " px: chart " + LayoutCheck.describe(xy)
                                + " has a plot " + Math.round(height) + " px high");
                    }
                }
            }
        }
        fontSize(robot, AppPreferences.DEFAULT_FONT_SIZE);
        // The mouse wheel over the table scrolls the page on towards the charts.
        ScrollPane page = robot.lookup("#resultPage").queryAs(ScrollPane.class);
        robot.interact(() -> page.setVvalue(0));
        robot.moveTo("#resultTable");
        robot.scroll(10, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getVvalue()).as("the page scrolled under the wheel over the table").isGreaterThan(0);
        showPart(robot, "#resultPage", "#areaChart", "reflection-result-charts");
    }

    private static String describeRow(TableView<?> list, int row) {
        return String.valueOf(list.getItems().get(row));
    }

    /** The plan's page with a målområde, a delmål and activities of each kind chosen, and every tab. */
    private void walkPlan(FxRobot robot, String name) {
        TabPane tabs = robot.lookup("#planTabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            check(robot, name + "-" + tab.getId());
        }
        robot.interact(() -> tabs.getSelectionModel().selectFirst());
        List<java.util.function.Predicate<Object>> parts = List.of(
                node -> node instanceof se.samordna.core.plan.GoalArea,
                node -> node instanceof se.samordna.core.plan.Subgoal,
                node -> node instanceof se.samordna.core.plan.Activity a && a.checkpoints().size() > 1,
                node -> node instanceof se.samordna.core.plan.Activity a && a.decision() != null,
                node -> node instanceof se.samordna.core.plan.Activity a && a.draft().link() != null);
        for (int i = 0; i < parts.size(); i++) {
            if (selectInPlan(robot, parts.get(i))) {
                check(robot, name + "-part-" + i);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private boolean selectInPlan(FxRobot robot, java.util.function.Predicate<Object> wanted) {
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#planTree")
                .queryAs(javafx.scene.control.TreeView.class);
        boolean[] found = {false};
        robot.interact(() -> {
            java.util.ArrayDeque<javafx.scene.control.TreeItem<Object>> queue = new java.util.ArrayDeque<>();
            queue.add(tree.getRoot());
            while (!queue.isEmpty()) {
                var item = queue.poll();
                if (item.getValue() != null && wanted.test(item.getValue())) {
                    tree.getSelectionModel().select(item);
                    tree.scrollTo(Math.max(0, tree.getRow(item) - 2));
                    found[0] = true;
                    return;
                }
                queue.addAll(item.getChildren());
            }
        });
        settle(robot);
        return found[0];
    }

    /**
     * The dialog just opened, at both text sizes: inside the screen and without layout problems; then
     * closed with its cancel button.
     */
    private void checkDialog(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && w instanceof Stage).map(w -> (Stage) w)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no dialog for " + name));
        for (int size : FONT_SIZES) {
            fontSize(robot, size);
            robot.interact(() -> {
                dialog.sizeToScene();
                dialog.getScene().getRoot().applyCss();
                dialog.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> found = new ArrayList<>();
            robot.interact(() -> found.addAll(LayoutCheck.problems(dialog.getScene(), size)));
            if (dialog.getHeight() > HEIGHT || dialog.getWidth() > WIDTH) {
                found.add("the dialog is " + Math.round(dialog.getWidth()) + " × " + Math.round(dialog.getHeight())
                        + ", larger than the screen");
            }
            found.forEach(problem -> problems.add(name + " at " + size + " px: " + problem));
            if (SHOTS != null) {
                robot.interact(() -> LayoutCheck.snapshot(dialog.getScene(),
                        SHOTS.resolve(name + "-" + language + "-" + size + ".png")));
            }
        }
        fontSize(robot, AppPreferences.DEFAULT_FONT_SIZE);
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) dialog.getScene().getRoot();
        javafx.scene.control.ButtonType cancel = pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElseThrow();
        robot.clickOn(pane.lookupButton(cancel));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).as("%s closed", name).isFalse();
    }

    /** Scrolls {@code page} until {@code part} is at its top, and checks the page as it is there. */
    private void showPart(FxRobot robot, String page, String part, String name) {
        ScrollPane scroll = robot.lookup(page).queryAs(ScrollPane.class);
        Node node = robot.lookup(part).query();
        robot.interact(() -> {
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, y - 20) / range));
        });
        check(robot, name);
    }

    // --- helpers ---

    private void show(FxRobot robot, Section section) {
        robot.interact(() -> shell.view().select(section));
        settle(robot);
    }

    /** Checks the page as it is now at each text size, and takes its pictures when asked to. */
    private void check(FxRobot robot, String name) {
        for (int size : FONT_SIZES) {
            fontSize(robot, size);
            List<String> found = new ArrayList<>();
            robot.interact(() -> found.addAll(LayoutCheck.problems(stage.getScene(), size)));
            found.forEach(problem -> problems.add(name + " at " + size + " px: " + problem));
            if (SHOTS != null) {
                robot.interact(() -> LayoutCheck.snapshot(stage.getScene(),
                        SHOTS.resolve(name + "-" + language + "-" + size + ".png")));
            }
        }
        fontSize(robot, AppPreferences.DEFAULT_FONT_SIZE);
    }

    private void fontSize(FxRobot robot, int size) {
        if (context.mainWindow().fontSizeProperty().get() != size) {
            robot.interact(() -> context.mainWindow().fontSizeProperty().set(size));
        }
        settle(robot);
    }

    /** Lets CSS and layout run until the page stands still (labels set their shown text in layout). */
    private void settle(FxRobot robot) {
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> {
                Scene scene = stage.getScene();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private TabPane tabPane(FxRobot robot, String page) {
        return robot.lookup(page + " .tab-pane").queryAs(TabPane.class);
    }

    /** A collaboration agreement with every signatory named, marked ready for signing. */
    private void readyForSigning(long centre) {
        AgreementService agreements = workspace.agreements();
        Agreement agreement = agreements.create(centre, AgreementKind.SAMVERKAN);
        for (Party party : agreement.parties()) {
            agreements.updateParty(new Party(party.id(), party.position(), party.heading(), party.organisation(),
                    "Helena Öberg", "Förvaltningschef", "", null));
        }
        agreements.markReady(agreement.id());
    }

    private long centre(String name) {
        return workspace.centres().list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void assertNoProblems() {
        if (!problems.isEmpty()) {
            System.out.println("LAYOUT " + language + "\n  " + String.join("\n  ", problems));
        }
        assertThat(problems).as("layout problems at %.0f × %.0f in %s", WIDTH, HEIGHT, language).isEmpty();
    }
}
