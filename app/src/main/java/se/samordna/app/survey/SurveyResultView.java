package se.samordna.app.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import se.samordna.app.goal.GoalDialog;
import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.ColumnWidths;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.Forms;
import se.samordna.app.ui.YearBarChart;
import se.samordna.app.ui.WrappingCells;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.survey.Gender;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyResults;

/**
 * The results: per area and item the answers, the positive share against the target, earlier years
 * beside it; charts with the target line; breakdowns (groups under five hidden); quotes; and for an
 * area below target, the improvement goal to take up.
 */
final class SurveyResultView {
    private final SurveyViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final ScrollPane root = new ScrollPane();
    private final Label respondents = new Label();
    private final Label stale = new Label();
    private final TableView<SurveyResults.AreaResult> areas = new TableView<>();
    private final YearBarChart areaChart;
    private final VBox proposals = new VBox(8);
    private final TableView<SurveyResults.GoalResult> goals = new TableView<>();
    private final TableView<SurveyResults.ItemResult> items = new TableView<>();
    private final ComboBox<String> breakdownChoice = new ComboBox<>();
    private final TableView<SurveyResults.Group> breakdown = new TableView<>();
    private final VBox quotes = new VBox(6);
    private final Label empty = new Label();
    private final VBox content;
    /** Below this many forms the page says that one answer moves a share a lot. */
    private static final int FEW_FORMS = 20;
    private long shownSurvey = -1;

    SurveyResultView(SurveyViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        root.setId("surveyResults");
        root.setFitToWidth(true);
        respondents.setId("resultRespondents");
        respondents.getStyleClass().add("section-title");
        stale.getStyleClass().add("muted");
        stale.setText(messages.get("survey.results.counting"));
        stale.visibleProperty().bind(model.resultsStaleProperty());
        Button pdf = new Button(messages.get("survey.results.pdf"));
        pdf.setId("resultsPdf");
        pdf.setOnAction(event -> export("pdf"));
        Button xlsx = new Button(messages.get("survey.results.xlsx"));
        xlsx.setId("resultsXlsx");
        xlsx.setOnAction(event -> export("xlsx"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, respondents, stale, spacer, pdf, xlsx);
        top.setAlignment(Pos.CENTER_LEFT);

        areaChart = new YearBarChart(100, 10, this::percent);
        areaChart.chart().setId("areaChart");
        areaChart.setTickFormat(this::percent);
        proposals.setId("proposals");
        breakdownChoice.setId("breakdownChoice");
        breakdownChoice.getItems().setAll("gender", "relation", "part", "language");
        breakdownChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String question) {
                return question == null ? "" : messages.get("survey.results.by." + question);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        breakdownChoice.setValue("gender");
        breakdownChoice.valueProperty().addListener((obs, old, value) -> showBreakdown());
        quotes.setId("quotes");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.getStyleClass().add("muted");
        Label privacy = wrapping(messages.get("survey.results.privacy"));
        privacy.getStyleClass().add("muted");

        buildAreaTable();
        buildGoalTable();
        buildItemTable();
        buildBreakdownTable();
        for (TableView<?> table : List.of(areas, goals, items, breakdown)) {
            ColumnWidths.fitToContent(table);
        }
        content = new VBox(10, top, empty,
                Forms.sectionTitle(messages.get("survey.results.areas")), areas, areaChart,
                Forms.sectionTitle(messages.get("survey.results.proposals")), proposals,
                Forms.sectionTitle(messages.get("survey.results.goals")), goals,
                Forms.sectionTitle(messages.get("survey.results.items")), items,
                Forms.sectionTitle(messages.get("survey.results.breakdowns")), breakdownChoice, breakdown, privacy,
                Forms.sectionTitle(messages.get("survey.results.quotes")), quotes);
        content.setPadding(new Insets(8, 12, 12, 0));
        root.setContent(content);
        model.resultsProperty().addListener((obs, old, value) -> refresh());
        model.surveyGoals().addListener((ListChangeListener<YearGoal>) change -> showProposals());
        refresh();
    }

    Node root() {
        return root;
    }

    private void refresh() {
        SurveyResults results = model.resultsProperty().get();
        if (results == null) {
            respondents.setText("");
            areas.getItems().clear();
            items.getItems().clear();
            goals.getItems().clear();
            areaChart.show(List.of(), List.of());
            proposals.getChildren().clear();
            quotes.getChildren().clear();
            breakdown.getItems().clear();
            empty.setText("");
            return;
        }
        respondents.setText(messages.get("survey.results.respondents", results.respondents(), results.survey().year()));
        boolean few = results.respondents() > 0 && results.respondents() < FEW_FORMS;
        empty.setText(results.respondents() == 0 ? messages.get("survey.results.none")
                : few ? messages.get("survey.results.fewForms", results.respondents()) : "");
        empty.setVisible(results.respondents() == 0 || few);
        empty.setManaged(empty.isVisible());
        if (shownSurvey != results.survey().id()) {
            shownSurvey = results.survey().id();
            root.setVvalue(0);
        }
        addEarlierColumns(areas, results, (area, year) -> year.areaShares().get(area.area()));
        addEarlierColumns(items, results, (item, year) -> year.itemShares().get(item.item().key()));
        areas.getItems().setAll(results.areas());
        goals.getItems().setAll(results.goals());
        items.getItems().setAll(results.items());
        fitHeight(areas);
        fitHeight(goals);
        fitHeight(items);
        drawChart(results);
        showProposals();
        showBreakdown();
        showQuotes(results);
    }

    // --- areas, goals, items ---

    private void buildAreaTable() {
        areas.setId("areaTable");
        areas.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        areas.getColumns().setAll(List.of(
                column(messages.get("survey.results.area"), a -> messages.label(a.area()), 160),
                column(messages.get("survey.results.answers"), a -> String.valueOf(a.counts().counted()), 90),
                column(messages.get("survey.results.share"), a -> percent(a.share()), 110),
                column(messages.get("survey.results.target"), a -> a.target() + " %", 70),
                column(messages.get("survey.results.met"), a -> met(a.share(), a.met()), 110)));
    }

    private void buildGoalTable() {
        goals.setId("goalTable");
        goals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SurveyResults.GoalResult, String> text = column(messages.get("survey.results.goal"),
                g -> g.goal().number() + ". " + g.goal().text(), 420);
        WrappingCells.apply(text);
        goals.getColumns().setAll(List.of(text,
                column(messages.get("survey.results.answers"), g -> String.valueOf(g.counts().counted()), 90),
                column(messages.get("survey.results.share"), g -> percent(g.share()), 110)));
    }

    private void buildItemTable() {
        items.setId("itemResultTable");
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SurveyResults.ItemResult, String> text = column(messages.get("survey.results.item"),
                i -> i.item().position() + ". " + i.item().text(), 300);
        WrappingCells.apply(text);
        items.getColumns().setAll(List.of(text,
                column(messages.get("survey.results.area"), i -> messages.label(i.item().area()), 120),
                column(messages.get("survey.results.answersShort"), i -> String.valueOf(i.counts().counted()), 60),
                column(messages.get("survey.results.dontKnow"), i -> String.valueOf(i.counts().dontKnow()), 70),
                column(messages.get("survey.results.shareShort"), i -> percent(i.share()), 80),
                column(messages.get("survey.results.met"), i -> met(i.share(), i.met()), 90)));
    }

    /** One column per earlier year (at most three), after the fixed ones. */
    private <T> void addEarlierColumns(TableView<T> table, SurveyResults results,
                                       java.util.function.BiFunction<T, SurveyResults.EarlierYear, Double> share) {
        int fixed = table == areas ? 5 : 6;
        table.getColumns().remove(fixed, table.getColumns().size());
        List<SurveyResults.EarlierYear> earlier = results.earlier();
        for (SurveyResults.EarlierYear year : earlier.subList(Math.max(0, earlier.size() - 3), earlier.size())) {
            table.getColumns().add(column(String.valueOf(year.year()), row -> percent(share.apply(row, year)), 70));
        }
    }

    private void drawChart(SurveyResults results) {
        List<YearBarChart.Series> series = new ArrayList<>();
        List<SurveyResults.EarlierYear> earlier = results.earlier();
        for (SurveyResults.EarlierYear year : earlier.subList(Math.max(0, earlier.size() - 2), earlier.size())) {
            Map<String, Double> shares = new java.util.HashMap<>();
            for (SurveyResults.AreaResult area : results.areas()) {
                Double share = year.areaShares().get(area.area());
                if (share != null) {
                    shares.put(messages.label(area.area()), share);
                }
            }
            series.add(new YearBarChart.Series(String.valueOf(year.year()), shares));
        }
        Map<String, Double> current = new java.util.HashMap<>();
        for (SurveyResults.AreaResult area : results.areas()) {
            // An area nobody has answered yet has no bar: "0 %" would read as every answer negative.
            if (area.share() != null) {
                current.put(messages.label(area.area()), area.share());
            }
        }
        series.add(new YearBarChart.Series(String.valueOf(results.survey().year()), current));
        int target = results.areas().stream().mapToInt(SurveyResults.AreaResult::target).max()
                .orElse(SurveyArea.DEFAULT_TARGET);
        areaChart.setTarget((double) target, messages.get("survey.results.targetLine", target));
        areaChart.show(results.areas().stream().map(a -> messages.label(a.area())).toList(), series);
    }

    // --- improvement goals ---

    private void showProposals() {
        proposals.getChildren().clear();
        SurveyResults results = model.resultsProperty().get();
        if (results == null) {
            return;
        }
        Map<SurveyArea, GoalDraft> proposed = model.proposals();
        if (proposed.isEmpty()) {
            Label allMet = wrapping(results.respondents() == 0 ? "" : messages.get("survey.results.allMet"));
            proposals.getChildren().add(allMet);
            return;
        }
        for (SurveyResults.AreaResult area : results.belowTarget()) {
            proposals.getChildren().add(proposal(area, proposed.get(area.area())));
        }
    }

    private Node proposal(SurveyResults.AreaResult area, GoalDraft draft) {
        Label heading = wrapping(messages.get("survey.results.below", messages.label(area.area()), percent(area.share()),
                area.target()));
        heading.getStyleClass().add("form-label");
        YearGoal taken = model.goalFor(area.area());
        VBox box = new VBox(6, heading);
        box.getStyleClass().add("proposal");
        box.setPadding(new Insets(8));
        box.setId("proposal-" + area.area().name());
        if (taken == null) {
            box.getChildren().add(wrapping(messages.get("survey.results.proposed", draft.goal())));
            Button take = new Button(messages.get("survey.results.takeUp", model.year() + 1));
            take.setId("takeUp-" + area.area().name());
            take.setOnAction(event -> editGoal(null, area.area(), draft));
            box.getChildren().add(take);
        } else {
            box.getChildren().add(wrapping(messages.get("survey.results.taken", taken.year(), taken.draft().goal())));
            Button edit = new Button(messages.get("survey.results.editGoal"));
            edit.setOnAction(event -> editGoal(taken, area.area(), taken.draft()));
            Button remove = new Button(messages.get("survey.results.removeGoal"));
            remove.setOnAction(event -> {
                if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("survey.results.removeGoal"),
                        messages.get("survey.results.removeGoalQuestion"), messages.get("survey.results.removeGoal"))) {
                    model.removeGoal(taken);
                }
            });
            box.getChildren().add(new HBox(8, edit, remove));
        }
        return box;
    }

    private void editGoal(YearGoal existing, SurveyArea area, GoalDraft draft) {
        List<GoalDialog.Origin> origins = new ArrayList<>();
        for (SurveyArea each : SurveyArea.values()) {
            origins.add(new GoalDialog.Origin(each.name(), messages.label(each)));
        }
        new GoalDialog(messages, root.getScene().getWindow(), existing, draft, model.year() + 1, origins, area.name(),
                (result, saved, invalid) -> {
                    boolean[] refused = {false};
                    model.saveGoal(existing, result.year(), result.originRef().isEmpty() ? area.name()
                            : result.originRef(), result.draft(), errors -> {
                                refused[0] = true;
                                invalid.accept(errors);
                            });
                    if (!refused[0]) {
                        saved.run();
                    }
                }).showAndWait();
    }

    // --- breakdowns and quotes ---

    private void buildBreakdownTable() {
        breakdown.setId("breakdownTable");
        breakdown.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<TableColumn<SurveyResults.Group, String>> columns = new ArrayList<>();
        columns.add(column(messages.get("survey.results.group"), this::groupName, 200));
        columns.add(column(messages.get("survey.results.groupSize"), g -> String.valueOf(g.respondents()), 90));
        for (SurveyArea area : SurveyArea.values()) {
            columns.add(column(messages.label(area), g -> g.hidden() ? messages.get("survey.results.tooFew")
                    : percent(g.areaShares().get(area)), 110));
        }
        breakdown.getColumns().setAll(columns);
    }

    private String groupName(SurveyResults.Group group) {
        String question = breakdownChoice.getValue();
        if (group.value().isEmpty()) {
            return messages.get("survey.results.notAnswered");
        }
        return switch (question) {
            case "gender" -> messages.label(Gender.valueOf(group.value()));
            case "relation" -> messages.label(se.samordna.core.survey.Relation.valueOf(group.value()));
            case "part" -> messages.label(se.samordna.core.survey.PartUsed.valueOf(group.value()));
            default -> model.languageName(group.value());
        };
    }

    private void showBreakdown() {
        SurveyResults results = model.resultsProperty().get();
        breakdown.getItems().clear();
        if (results == null) {
            return;
        }
        results.breakdowns().stream().filter(b -> b.question().equals(breakdownChoice.getValue())).findFirst()
                .ifPresent(b -> breakdown.getItems().setAll(b.groups()));
        fitHeight(breakdown);
    }

    private void showQuotes(SurveyResults results) {
        quotes.getChildren().clear();
        if (results.quotes().isEmpty()) {
            Label none = wrapping(messages.get("survey.results.noQuotes"));
            none.getStyleClass().add("muted");
            quotes.getChildren().add(none);
            return;
        }
        Label intro = wrapping(messages.get("survey.results.quotesIntro"));
        intro.getStyleClass().add("muted");
        quotes.getChildren().add(intro);
        for (Quote quote : results.quotes()) {
            CheckBox chosen = new CheckBox();
            chosen.setSelected(quote.selected());
            chosen.setId("quote-" + quote.responseId());
            chosen.selectedProperty().addListener((obs, was, now) -> model.selectQuote(quote, now));
            Label text = wrapping(messages.get("survey.results.quote", quote.text(), quoteMark(quote.gender())));
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, chosen, text);
            row.setAlignment(Pos.TOP_LEFT);
            quotes.getChildren().add(row);
        }
    }

    /** Bilaga 3 marks a quote kvinna, man or annan; as the results report does. */
    private String quoteMark(Gender gender) {
        return gender == null ? messages.get("survey.results.quoteUnknown")
                : messages.label(gender).toLowerCase(messages.locale());
    }

    // --- export ---

    private void export(String extension) {
        if (model.resultsProperty().get() == null) {
            return;
        }
        boolean pdf = "pdf".equals(extension);
        String title = messages.get(pdf ? "survey.results.pdf" : "survey.results.xlsx");
        files.save(root.getScene().getWindow(), title, model.resultsFileName(extension),
                pdf ? FileDialogs.PDF : FileDialogs.EXCEL).ifPresent(file -> {
                    Runnable done = () -> Dialogs.info(root.getScene().getWindow(), messages, title,
                            messages.get("survey.results.saved", file.toAbsolutePath().toString()));
                    if (pdf) {
                        model.exportResultsPdf(file, written -> Dialogs.info(root.getScene().getWindow(), messages,
                                title, messages.get("survey.results.saved", file.toAbsolutePath().toString())
                                        + model.replacedNotice(written)));
                    } else {
                        model.exportXlsx(file, done);
                    }
                });
    }

    // --- helpers ---

    private String percent(Double share) {
        return share == null ? "–" : String.format(messages.locale(), "%.0f %%", share);
    }

    private String met(Double share, boolean met) {
        return share == null ? "–" : messages.get(met ? "survey.results.yes" : "survey.results.no");
    }

    /** Tables on this page show all their rows (the page scrolls, not each table). */
    private void fitHeight(TableView<?> table) {
        int rows = Math.max(1, table.getItems().size());
        double row = table == items ? 40 : 25;
        if (table != items) {
            table.setFixedCellSize(row);
        }
        table.setPrefHeight(Math.min(32 + rows * row, 760));
        table.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (width <= 110) {
            column.setMinWidth(width); // numbers and short words never shrink to "…"
        }
        column.setSortable(false);
        return column;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
