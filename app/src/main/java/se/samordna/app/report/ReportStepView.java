package se.samordna.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser.ExtensionFilter;

import se.samordna.app.goal.GoalDialog;
import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.AutoSave;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.Forms;
import se.samordna.app.ui.YearBarChart;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.reflection.Area;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.ReflectionMath;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.report.Missing;
import se.samordna.core.report.Report;
import se.samordna.core.report.ReportContent;
import se.samordna.core.report.ReportTemplate;
import se.samordna.core.report.VisitCategory;
import se.samordna.core.report.VisitCount;
import se.samordna.core.report.VisitImport;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyArea;
import se.samordna.core.survey.SurveyResults;

/**
 * One step of the report wizard: the section's guidance, what it puts in from the rest of the year,
 * and its fields with the template's guidance beside each, saved as they are typed.
 */
final class ReportStepView {
    private final ReportViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final ReportTemplate.Section section;
    private final int index;
    private final VBox root = new VBox(12);
    private final VBox dynamic = new VBox(10);
    private final Label pages = new Label();
    private final Map<String, TextField> visitFields = new java.util.HashMap<>();
    private final Map<VisitCategory, Label> visitTotals = new java.util.EnumMap<>(VisitCategory.class);
    private List<Long> shownGoals = List.of();

    ReportStepView(ReportViewModel model, Messages messages, FileDialogs files, ReportTemplate.Section section,
                   int index) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        this.section = section;
        this.index = index;
        root.setId("reportStep-" + section.key());
        root.setPadding(new Insets(0, 12, 12, 0));
        Label heading = new Label((index + 1) + ". " + section.title());
        heading.getStyleClass().add("step-title");
        heading.setWrapText(true);
        root.getChildren().add(heading);
        Report report = model.report();
        if (report.frozen()) {
            Label frozen = wrapping(messages.get("report.frozenNote", String.valueOf(report.submittedOn())));
            frozen.getStyleClass().add("notice-info");
            frozen.setId("reportFrozen");
            root.getChildren().add(frozen);
        }
        if (!section.intro().isBlank()) {
            root.getChildren().add(sectionIntro());
        }
        root.getChildren().add(dynamic);
        for (ReportTemplate.Field field : section.fields()) {
            root.getChildren().add(field(field, field.key(), field.title(), field.guidance(), field.source(), report));
        }
        if (section.key().equals("familjecentral")) {
            pages.setId("pageEstimate");
            root.getChildren().add(pages);
        }
        refresh(model.content());
    }

    Node root() {
        return root;
    }

    /** Shows again what comes from elsewhere; what the user is typing is left alone. */
    void refresh(ReportContent content) {
        if (content == null) {
            return;
        }
        switch (section.content()) {
            case VISITS -> refreshVisits(content.report());
            case PREVIOUS_GOALS -> previousGoals(content);
            case RESULTS -> results(content);
            case NEXT_GOALS -> nextGoals(content);
            case REVIEW -> review(content);
            default -> { }
        }
        if (section.key().equals("familjecentral")) {
            double estimate = model.estimatedPages();
            pages.setText(messages.get("report.pages", String.format(messages.locale(), "%.1f", estimate)));
            pages.getStyleClass().removeAll("field-error", "muted");
            pages.getStyleClass().add(estimate > 1.0 ? "field-error" : "muted");
        }
    }

    /**
     * The section's intro under a label saying whose words it is: the template's guidance, the
     * template's own text (the main goal), or the guideline's words from Bilaga 1 or 2.
     */
    private Node sectionIntro() {
        boolean templateText = section.key().equals("gemensamVerksamhet");
        Label intro = wrapping(section.intro());
        intro.setId("sectionIntro");
        intro.getStyleClass().add(templateText ? "template-goal" : "template-guidance");
        Label source = new Label(templateText ? messages.get("report.guidance.templateText")
                : messages.label(section.introSource()));
        source.setId("sectionIntroSource");
        source.getStyleClass().add("guidance-label");
        return new VBox(2, source, intro);
    }

    /**
     * Guidance beside a field, labelled with whose words it is. Samordna's own tips look different from
     * the template's guidance (not italic, in a box, "Samordnas tips"), so no tip passes for the template.
     */
    private Node guidance(String key, String text, ReportTemplate.GuidanceSource source) {
        boolean tip = source == ReportTemplate.GuidanceSource.SAMORDNA;
        Label label = new Label(messages.label(source));
        label.getStyleClass().add(tip ? "samordna-tip-label" : "guidance-label");
        Label body = wrapping(text);
        body.getStyleClass().add(tip ? "samordna-tip" : "template-guidance");
        VBox box = new VBox(2, label, body);
        box.setId("guidance-" + key.replace('.', '-'));
        box.getStyleClass().add(tip ? "samordna-tip-box" : "template-guidance-box");
        return box;
    }

    // --- fields ---

    private Node field(ReportTemplate.Field field, String key, String title, String guidance,
                       ReportTemplate.GuidanceSource source, Report report) {
        TextInputControl input = switch (field == null ? ReportTemplate.Kind.TEXT : field.kind()) {
            case TEXT -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(5);
                yield area;
            }
            case LINE -> new TextField();
            case NUMBER -> {
                TextField number = new TextField();
                number.setPrefColumnCount(8);
                number.setMaxWidth(160);
                number.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,7}") ? c : null));
                yield number;
            }
        };
        input.setId("field-" + key.replace('.', '-'));
        input.setText(report.field(key));
        input.setEditable(!report.frozen());
        StringProperty error = new SimpleStringProperty("");
        AutoSave.attach(input, () -> {
            error.set("");
            model.saveField(key, input.getText(), errors -> error.set(errors.stream().map(model::describe)
                    .reduce((a, b) -> a + " " + b).orElse("")));
        });
        Label label = new Label(title + (field != null && field.required() ? " *" : ""));
        label.getStyleClass().add("form-label");
        label.setWrapText(true);
        label.setLabelFor(input);
        VBox left = new VBox(4, label, input, Forms.errorLabel(error, input.getId()));
        if (ReportTemplate.PARENTS_VIEW.equals(key) || ReportTemplate.DEVELOPMENT_AREAS.equals(key)) {
            Button suggest = new Button(messages.get(ReportTemplate.PARENTS_VIEW.equals(key)
                    ? "report.suggest.parentsView" : "report.suggest.development"));
            suggest.setId("suggest-" + key);
            suggest.setDisable(report.frozen());
            suggest.setOnAction(event -> suggest(key, input));
            left.getChildren().add(suggest);
        }
        Node help = guidance(key, guidance, source);
        GridPane row = new GridPane();
        row.setHgap(16);
        ColumnConstraints fieldColumn = new ColumnConstraints();
        fieldColumn.setPercentWidth(64);
        ColumnConstraints helpColumn = new ColumnConstraints();
        helpColumn.setPercentWidth(36);
        row.getColumnConstraints().setAll(fieldColumn, helpColumn);
        row.add(left, 0, 0);
        row.add(help, 1, 0);
        GridPane.setValignment(help, javafx.geometry.VPos.TOP);
        GridPane.setMargin(help, new Insets(22, 0, 0, 0));
        return row;
    }

    private void suggest(String key, TextInputControl input) {
        String suggestion = ReportTemplate.PARENTS_VIEW.equals(key) ? model.parentsViewSuggestion()
                : model.developmentSuggestion();
        if (suggestion.isBlank()) {
            Dialogs.info(root.getScene().getWindow(), messages, messages.get("report.suggest.title"),
                    messages.get(ReportTemplate.PARENTS_VIEW.equals(key) ? "report.suggest.noSurvey"
                            : "report.suggest.noGoals"));
            return;
        }
        if (!input.getText().isBlank() && !Dialogs.confirm(root.getScene().getWindow(), messages,
                messages.get("report.suggest.title"), messages.get("report.suggest.replace"),
                messages.get("report.suggest.confirm"))) {
            return;
        }
        input.setText(suggestion);
        model.saveField(key, suggestion, errors -> { });
    }

    // --- visitor statistics ---

    private void refreshVisits(Report report) {
        if (visitFields.isEmpty()) {
            dynamic.getChildren().setAll(visitsGrid(report), visitsButtons(report));
        }
        for (int month = 1; month <= 12; month++) {
            for (VisitCategory category : VisitCategory.values()) {
                TextField cell = visitFields.get(month + "." + category.name());
                Integer value = report.visits(month, category);
                if (!cell.isFocused()) {
                    cell.setText(value == null ? "" : String.valueOf(value));
                }
            }
        }
        for (VisitCategory category : VisitCategory.values()) {
            visitTotals.get(category).setText(String.valueOf(report.totalVisits(category)));
        }
    }

    private Node visitsGrid(Report report) {
        GridPane grid = new GridPane();
        grid.setId("visitsGrid");
        grid.setHgap(6);
        grid.setVgap(4);
        Label monthHead = new Label(messages.get("report.visits.month"));
        monthHead.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(monthHead, 0, 0);
        VisitCategory[] categories = VisitCategory.values();
        for (int c = 0; c < categories.length; c++) {
            // Headings wrap between words, never inside one.
            Label head = Forms.keepWordsWhole(wrapping(messages.label(categories[c])));
            head.getStyleClass().add("form-label");
            head.setMaxWidth(130);
            GridPane.setValignment(head, javafx.geometry.VPos.BOTTOM);
            grid.add(head, c + 1, 0);
        }
        for (int month = 1; month <= 12; month++) {
            Label name = new Label(messages.get("report.month." + month));
            name.setMinWidth(Region.USE_PREF_SIZE); // "September" whole, not "Septem…"
            grid.add(name, 0, month);
            for (int c = 0; c < categories.length; c++) {
                VisitCategory category = categories[c];
                int m = month;
                TextField cell = new TextField();
                cell.setId("visits-" + month + "-" + category.name());
                cell.setPrefColumnCount(6);
                cell.setMaxWidth(110);
                cell.setEditable(!report.frozen());
                cell.setTextFormatter(new TextFormatter<>(ch -> ch.getControlNewText().matches("\\d{0,7}") ? ch : null));
                AutoSave.attach(cell, () -> model.saveVisits(m, category,
                        cell.getText().isBlank() ? null : Integer.valueOf(cell.getText().strip())));
                visitFields.put(month + "." + category.name(), cell);
                grid.add(cell, c + 1, month);
            }
        }
        Label total = new Label(messages.get("report.visits.total"));
        total.getStyleClass().add("form-label");
        grid.add(total, 0, 13);
        for (int c = 0; c < categories.length; c++) {
            Label sum = new Label();
            sum.getStyleClass().add("form-label");
            sum.setId("visitsTotal-" + categories[c].name());
            visitTotals.put(categories[c], sum);
            grid.add(sum, c + 1, 13);
        }
        return grid;
    }

    private Node visitsButtons(Report report) {
        Button importButton = new Button(messages.get("report.visits.import"));
        importButton.setId("importVisits");
        importButton.setDisable(report.frozen());
        importButton.setOnAction(event -> importVisits());
        Label hint = wrapping(messages.get("report.visits.hint"));
        hint.getStyleClass().add("muted");
        return new VBox(6, importButton, hint);
    }

    private void importVisits() {
        files.open(root.getScene().getWindow(), messages.get("report.visits.import"),
                new ExtensionFilter(messages.get("survey.import.fileTypes"), "*.csv", "*.CSV", "*.xlsx", "*.XLSX",
                        "*.txt"))
                .ifPresent(this::importVisits);
    }

    private void importVisits(java.nio.file.Path file) {
        model.readVisits(file, preview -> {
            if (!preview.problems().isEmpty()) {
                List<String> lines = new ArrayList<>();
                for (VisitImport.Problem problem : preview.problems().subList(0, Math.min(12, preview.problems().size()))) {
                    lines.add(messages.get("report.visits.problem", problem.row(), model.describe(problem)));
                }
                if (preview.problems().size() > 12) {
                    lines.add(messages.get("report.visits.moreProblems", preview.problems().size() - 12));
                }
                Dialogs.error(root.getScene().getWindow(), messages, messages.get("report.visits.notImported",
                        preview.problems().size()) + "\n\n" + String.join("\n", lines));
                return;
            }
            int total = preview.counts().stream().mapToInt(VisitCount::visits).sum();
            long months = preview.counts().stream().mapToInt(VisitCount::month).distinct().count();
            if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("report.visits.import"),
                    messages.get("report.visits.confirm", months, total), messages.get("report.visits.replace"))) {
                model.importVisits(preview.counts(), () -> { });
            }
        });
    }

    // --- last year's goals ---

    private void previousGoals(ReportContent content) {
        List<Long> ids = content.previousGoals().stream().map(YearGoal::id).toList();
        if (ids.equals(shownGoals) && !dynamic.getChildren().isEmpty()) {
            return;
        }
        shownGoals = ids;
        dynamic.getChildren().clear();
        if (content.previousGoals().isEmpty()) {
            Label none = wrapping(messages.get("report.previousGoals.none", content.report().year()));
            none.getStyleClass().add("muted");
            dynamic.getChildren().add(none);
            return;
        }
        for (YearGoal goal : content.previousGoals()) {
            VBox box = goalBox(goal);
            String key = ReportTemplate.PREVIOUS_GOAL_PREFIX + goal.id();
            ReportTemplate.Field template = ReportTemplate.field(content.report().year(), ReportTemplate.PREVIOUS_GOALS)
                    .orElseThrow();
            box.getChildren().add(field(null, key, messages.get("report.previousGoals.note"), template.guidance(),
                    template.source(), content.report()));
            dynamic.getChildren().add(box);
        }
    }

    private VBox goalBox(YearGoal goal) {
        Label text = wrapping(goal.draft().goal());
        text.getStyleClass().add("form-label");
        List<String> details = new ArrayList<>();
        if (!goal.draft().measure().isBlank()) {
            details.add(messages.get("report.goal.measure", goal.draft().measure()));
        }
        if (!goal.draft().target().isBlank()) {
            details.add(messages.get("report.goal.target", goal.draft().target()));
        }
        if (!goal.draft().responsible().isBlank()) {
            details.add(messages.get("report.goal.responsible", goal.draft().responsible()));
        }
        if (goal.draft().due() != null) {
            details.add(messages.get("report.goal.due", goal.draft().due().toString()));
        }
        Label more = wrapping(String.join(" · ", details));
        more.getStyleClass().add("muted");
        VBox box = new VBox(4, text, more);
        box.getStyleClass().add("proposal");
        box.setPadding(new Insets(8));
        return box;
    }

    // --- results ---

    private void results(ReportContent content) {
        dynamic.getChildren().clear();
        int year = content.report().year();
        dynamic.getChildren().add(Forms.sectionTitle(messages.get("report.results.survey", year)));
        if (content.survey().isEmpty()) {
            dynamic.getChildren().add(mutedLine(messages.get("report.results.noSurvey", year)));
        } else {
            SurveyResults survey = content.survey().get();
            dynamic.getChildren().add(wrapping(messages.get("report.results.surveyLine", survey.respondents())));
            YearBarChart chart = new YearBarChart(100, 10, this::percent);
            chart.chart().setId("reportSurveyChart");
            chart.setTickFormat(this::percent);
            java.util.Map<String, Double> shares = new java.util.HashMap<>();
            for (SurveyResults.AreaResult area : survey.areas()) {
                shares.put(messages.label(area.area()), area.share() == null ? 0 : area.share());
            }
            int target = survey.areas().stream().mapToInt(SurveyResults.AreaResult::target).max()
                    .orElse(SurveyArea.DEFAULT_TARGET);
            chart.setTarget((double) target, messages.get("survey.results.targetLine", target));
            chart.show(survey.areas().stream().map(a -> messages.label(a.area())).toList(),
                    List.of(new YearBarChart.Series(String.valueOf(year), shares)));
            dynamic.getChildren().add(chart);
        }
        dynamic.getChildren().add(Forms.sectionTitle(messages.get("report.results.workshop", year)));
        if (content.workshop().isEmpty()) {
            dynamic.getChildren().add(mutedLine(messages.get("report.results.noWorkshop", year)));
        } else {
            Workshop workshop = content.workshop().get();
            dynamic.getChildren().add(wrapping(messages.get("report.results.workshopLine",
                    workshop.details().heldOn().toString(), workshop.participants())));
            YearBarChart chart = new YearBarChart(6, 1, value -> String.format(messages.locale(), "%.1f", value));
            chart.chart().setId("reportWorkshopChart");
            List<Workshop> shown = new ArrayList<>(content.earlierWorkshops().subList(
                    Math.max(0, content.earlierWorkshops().size() - 2), content.earlierWorkshops().size()));
            shown.add(workshop);
            List<YearBarChart.Series> series = new ArrayList<>();
            for (Workshop each : shown) {
                java.util.Map<String, Double> values = new java.util.HashMap<>();
                Map<Area, OptionalDouble> averages = ReflectionMath.areaAverages(each);
                for (Area area : Area.values()) {
                    averages.get(area).ifPresent(value -> values.put(Instrument.areaName(area), value));
                }
                series.add(new YearBarChart.Series(each.details().heldOn().toString(), values));
            }
            chart.show(java.util.Arrays.stream(Area.values()).map(Instrument::areaName).toList(), series);
            dynamic.getChildren().add(chart);
        }
        dynamic.getChildren().add(Forms.sectionTitle(messages.get("report.results.quotes")));
        List<Quote> all = content.survey().map(SurveyResults::quotes).orElse(List.of());
        if (all.isEmpty()) {
            dynamic.getChildren().add(mutedLine(messages.get("report.results.noQuotes")));
        } else {
            dynamic.getChildren().add(mutedLine(messages.get("report.results.quotesHelp")));
            for (Quote quote : all) {
                CheckBox chosen = new CheckBox(messages.get("survey.results.quote", quote.text(), quote.gender() == null
                        ? messages.get("survey.results.quoteUnknown")
                        : messages.label(quote.gender()).toLowerCase(messages.locale())));
                chosen.setWrapText(true);
                chosen.setSelected(quote.selected());
                chosen.setDisable(content.report().frozen());
                chosen.selectedProperty().addListener((obs, was, now) -> model.selectQuote(quote, now));
                dynamic.getChildren().add(chosen);
            }
        }
    }

    // --- the coming year's goals ---

    private void nextGoals(ReportContent content) {
        dynamic.getChildren().clear();
        int next = content.report().year() + 1;
        dynamic.getChildren().add(mutedLine(messages.get("report.nextGoals.help", next,
                content.prioritizedNextGoals().size())));
        if (content.nextGoals().isEmpty()) {
            dynamic.getChildren().add(mutedLine(messages.get("report.nextGoals.none", next)));
        }
        for (YearGoal goal : content.nextGoals()) {
            VBox box = goalBox(goal);
            CheckBox prioritized = new CheckBox(messages.get("report.nextGoals.prioritized"));
            prioritized.setId("prioritize-" + goal.id());
            prioritized.setSelected(goal.prioritized());
            prioritized.setDisable(content.report().frozen());
            prioritized.selectedProperty().addListener((obs, was, now) -> model.setPrioritized(goal, now));
            Button edit = new Button(messages.get("report.nextGoals.edit"));
            edit.setDisable(content.report().frozen());
            edit.setOnAction(event -> editGoal(goal, next));
            Label source = new Label(messages.label(goal.source()));
            source.getStyleClass().add("muted");
            HBox actions = new HBox(12, prioritized, edit, source);
            actions.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(actions);
            dynamic.getChildren().add(box);
        }
        Button add = new Button(messages.get("report.nextGoals.add"));
        add.setId("addNextGoal");
        add.setDisable(content.report().frozen());
        add.setOnAction(event -> editGoal(null, next));
        dynamic.getChildren().add(add);
    }

    private void editGoal(YearGoal goal, int year) {
        new GoalDialog(messages, root.getScene().getWindow(), goal, (GoalDraft) null, year, List.of(), "",
                (result, saved, invalid) -> {
                    boolean[] refused = {false};
                    model.saveGoal(goal, result.year(), result.originRef(), result.draft(), errors -> {
                        refused[0] = true;
                        invalid.accept(errors);
                    });
                    if (!refused[0]) {
                        saved.run();
                    }
                }).showAndWait();
    }

    // --- review ---

    private void review(ReportContent content) {
        dynamic.getChildren().clear();
        Report report = content.report();
        Label due = wrapping(model.dueText());
        due.getStyleClass().add("section-title");
        dynamic.getChildren().add(due);
        List<Missing> missing = model.missing();
        long blocking = missing.stream().filter(Missing::blocking).count();
        Label summary = wrapping(blocking == 0 ? messages.get("report.review.complete")
                : messages.get("report.review.incomplete", blocking));
        summary.setId("reviewSummary");
        dynamic.getChildren().add(summary);
        VBox list = new VBox(2);
        list.setId("missingList");
        for (Missing item : missing) {
            Hyperlink link = new Hyperlink(messages.get(item.blocking() ? "report.review.must" : "report.review.check",
                    model.sections().get(item.step()).title(), model.describe(item)));
            link.setWrapText(true);
            link.setOnAction(event -> model.goTo(item.step()));
            list.getChildren().add(link);
        }
        dynamic.getChildren().add(list);

        Button pdf = new Button(messages.get("report.export"));
        pdf.setId("exportReport");
        pdf.setOnAction(event -> export());
        Button submit = new Button(messages.get("report.submit"));
        submit.setId("submitReport");
        submit.setDisable(report.frozen() || blocking > 0);
        submit.setOnAction(event -> {
            if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("report.submit"),
                    messages.get("report.submitQuestion", report.version()), messages.get("report.submitConfirm"))) {
                model.submit(() -> { });
            }
        });
        Button docx = new Button(messages.get("report.exportDocx"));
        docx.setId("exportReportDocx");
        docx.setTooltip(new javafx.scene.control.Tooltip(messages.get("report.exportDocxHint")));
        docx.setOnAction(event -> exportDocx());
        HBox buttons = new HBox(8, pdf, docx, submit);
        if (report.frozen()) {
            Button again = new Button(messages.get("report.newVersion"));
            again.setId("newReportVersion");
            again.setOnAction(event -> model.newVersion());
            buttons.getChildren().add(again);
        } else if (report.version() > 1) {
            Button remove = new Button(messages.get("report.deleteDraft"));
            remove.setOnAction(event -> {
                if (Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("report.deleteDraft"),
                        messages.get("report.deleteQuestion", report.version()), messages.get("report.deleteDraft"))) {
                    model.deleteDraft();
                }
            });
            buttons.getChildren().add(remove);
        }
        dynamic.getChildren().add(buttons);
        // Where the due date comes from, last: the actions stay in sight above it.
        Label dueSources = mutedLine(messages.get("report.due.sources"));
        dueSources.setId("reportDueSources");
        dynamic.getChildren().add(dueSources);
    }

    private void export() {
        files.save(root.getScene().getWindow(), messages.get("report.export"), model.fileName(), FileDialogs.PDF)
                .ifPresent(file -> model.exportPdf(file, written -> {
                    String text = messages.get("report.exported", written.pages(), file.toAbsolutePath().toString());
                    if (!written.replacedCharacters().isEmpty()) {
                        text += "\n\n" + messages.get("report.replacedCharacters",
                                String.join(" ", written.replacedCharacters()));
                    }
                    Dialogs.info(root.getScene().getWindow(), messages, messages.get("report.export"), text);
                }));
    }

    private void exportDocx() {
        files.save(root.getScene().getWindow(), messages.get("report.exportDocx"), model.docxFileName(),
                        FileDialogs.WORD)
                .ifPresent(file -> model.exportDocx(file, kilobytes -> Dialogs.info(root.getScene().getWindow(),
                        messages, messages.get("report.exportDocx"),
                        messages.get("report.exportedDocx", file.toAbsolutePath().toString()))));
    }

    // --- helpers ---

    private String percent(Double share) {
        return share == null ? "–" : String.format(messages.locale(), "%.0f %%", share);
    }

    private static Label mutedLine(String text) {
        Label label = wrapping(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
