package se.samordna.app.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.Forms;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.document.DocumentExport;
import se.samordna.core.plan.Activity;
import se.samordna.core.plan.ActivityDraft;
import se.samordna.core.plan.Checkpoint;
import se.samordna.core.plan.GoalArea;
import se.samordna.core.plan.GoalProposal;
import se.samordna.core.plan.PdsaProposal;
import se.samordna.core.plan.PdsaStage;
import se.samordna.core.plan.Plan;
import se.samordna.core.plan.PlanScope;
import se.samordna.core.plan.PlannedActivity;
import se.samordna.core.plan.Subgoal;

/**
 * The Handlingsplan page: the plan's tree on the left (målområde → delmål → aktiviteter, with the state of
 * each activity as a symbol and a word), and on the right the chosen part, what the plan is offered and
 * what is overdue. Changes are made in validated dialogs; the plan is saved with each one.
 */
public final class PlanView {
    /** Room kept for the tree's vertical scroll bar when a cell's wrapped height is measured. */
    private static final double SCROLL_BAR = 16;
    private final PlanViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final Clock clock;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label sent = new Label();
    private final Label notice = new Label();
    private final TreeView<Object> tree = new TreeView<>();
    private final VBox details = new VBox(8);
    private final VBox proposals = new VBox(10);
    private final ListView<PlannedActivity> overdue = new ListView<>();
    private final Button markSent;
    private final Button covered;
    private final VBox empty = new VBox(12);
    private final SplitPane body;
    /** Sent, save, carry over: hidden while there is no plan for them to act on. */
    private final FlowPane actions;

    public PlanView(PlanViewModel model, Messages messages, FileDialogs files, Clock clock) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        this.clock = clock;
        this.markSent = button("planMarkSent", "plan.sent.mark");
        this.covered = button("planCovered", "plan.covered");
        root.setId("planPage");
        root.setPadding(new Insets(16));

        title.getStyleClass().add("page-title");
        title.setId("planTitle");
        title.setWrapText(true);
        ComboBox<PlanScope> scope = new ComboBox<>();
        scope.setId("planScope");
        scope.getItems().setAll(PlanScope.values());
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanScope value) {
                return value == null ? "" : value == PlanScope.CENTRE ? messages.get("plan.scope.CENTRE")
                        : messages.get("plan.scope.MUNICIPAL", model.municipality());
            }

            @Override
            public PlanScope fromString(String string) {
                return null;
            }
        });
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        sent.setId("planSent");
        sent.setWrapText(true);
        notice.setId("planNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("muted");
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());

        markSent.setOnAction(e -> toggleSent());
        covered.setOnAction(e -> chooseCovered());
        Button pdf = button("planExportPdf", "plan.export.pdf");
        pdf.setOnAction(e -> export(DocumentExport.Format.PDF));
        Button word = button("planExportWord", "plan.export.word");
        word.setOnAction(e -> export(DocumentExport.Format.DOCX));
        Button carry = button("planCarryOver", "plan.carryOver");
        carry.setOnAction(e -> carryOver());
        actions = new FlowPane(8, 6, markSent, pdf, word, carry, covered);
        actions.setId("planActions");
        HBox head = new HBox(12, title, scope);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        VBox top = new VBox(6, head, new HBox(12, sent), actions, notice);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);

        tree.setId("planTree");
        tree.setShowRoot(false);
        // A delmål is often a sentence or two: the lines wrap to the tree's width instead of running off
        // to the right behind a horizontal scroll bar, and the whole text is also the tooltip.
        tree.setCellFactory(view -> new TreeCell<>() {
            private final Tooltip tip = new Tooltip();

            {
                setWrapText(true);
                setPrefWidth(0);
                // Beside its arrow, and any room the measuring below keeps to spare is left under the text.
                setAlignment(javafx.geometry.Pos.TOP_LEFT);
                tip.setWrapText(true);
                tip.setMaxWidth(520);
            }

            /**
             * The skin measures the text at the cell's whole width but lays it out beside the indentation and
             * the arrow: measured so, a wrapped line would come out one line short and end in "…".
             */
            @Override
            protected double computePrefHeight(double width) {
                TreeItem<Object> item = getTreeItem();
                TreeView<Object> view = getTreeView();
                if (width <= 0 || item == null || view == null) {
                    return super.computePrefHeight(width);
                }
                int level = Math.max(0, view.getTreeItemLevel(item) - (view.isShowRoot() ? 0 : 1));
                double indent = getSkin() instanceof javafx.scene.control.skin.TreeCellSkin<?> skin ? skin.getIndent() : 10;
                Node arrow = getDisclosureNode();
                // The arrow's own width may still be the last text size's: never count it narrower than 1.5 em.
                double arrowWidth = Math.max(getFont().getSize() * 1.5, arrow == null ? 0 : arrow.prefWidth(-1));
                // and a vertical scroll bar that comes and goes must not leave a line one short either.
                return super.computePrefHeight(Math.max(40, width - level * indent - arrowWidth - SCROLL_BAR));
            }

            @Override
            protected void updateItem(Object item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                String text = isEmpty || item == null ? null : nodeText(item);
                setText(text);
                tip.setText(text == null ? "" : text);
                setTooltip(text == null ? null : tip);
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> showDetails());
        // A new text size: the cells are measured again, so no wrapped line keeps the old height.
        // (The tree has no font of its own; the line under the title is in the page's text size.)
        sent.fontProperty().addListener((obs, old, now) -> tree.refresh());
        VBox left = new VBox(6, treeButtons(), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);

        overdue.setId("planOverdue");
        overdue.setPlaceholder(new Label(messages.get("plan.overdue.none")));
        overdue.setCellFactory(view -> wrappingCell(row -> row.activity().draft().description() + "\n"
                + model.stateText(row.status())));
        overdue.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                select(row.activity().id());
            }
        });
        details.setId("planDetails");
        details.setPadding(new Insets(8));
        proposals.setId("planProposals");
        proposals.setPadding(new Insets(8));
        ScrollPane detailsScroll = scroll(details);
        detailsScroll.setId("planDetailsScroll");
        TabPane tabs = new TabPane(tab("planTabDetails", "plan.tab.details", detailsScroll),
                tab("planTabProposals", "plan.tab.proposals", scroll(proposals)),
                tab("planTabOverdue", "plan.tab.overdue", overdue));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("planTabs");
        body = new SplitPane(left, tabs);
        body.setDividerPositions(0.46);

        empty.setId("planEmpty");
        Label noPlan = new Label();
        noPlan.setWrapText(true);
        noPlan.setMaxWidth(640);
        Button create = button("planCreateMunicipal", "plan.municipal.create");
        create.setOnAction(e -> createMunicipal());
        empty.getChildren().setAll(noPlan, create);

        model.shownProperty().addListener((obs, old, now) -> refresh(model.plan(), noPlan));
        model.overdue().addListener((javafx.collections.ListChangeListener<PlannedActivity>) c ->
                tabs.getTabs().get(2).setText(messages.get("plan.tab.overdue") + " (" + model.overdue().size() + ")"));
        model.goalProposals().addListener((javafx.collections.ListChangeListener<GoalProposal>) c -> showProposals());
        model.pdsaProposals().addListener((javafx.collections.ListChangeListener<PdsaProposal>) c -> showProposals());
        overdue.setItems(model.overdue());
        refresh(null, noPlan);
    }

    public Region root() {
        return root;
    }

    // --- the whole page ---

    private void refresh(Plan plan, Label noPlan) {
        title.setText(model.title());
        sent.setText(model.sentText());
        boolean municipal = model.scopeProperty().get() == PlanScope.MUNICIPAL;
        covered.setVisible(municipal && plan != null);
        covered.setManaged(covered.isVisible());
        markSent.setText(messages.get(plan != null && plan.sentOn() != null ? "plan.sent.unmark" : "plan.sent.mark"));
        actions.setVisible(plan != null);
        actions.setManaged(plan != null);
        if (plan == null) {
            noPlan.setText(messages.get(municipal ? "plan.municipal.none" : "plan.none", model.municipality()));
            empty.getChildren().get(1).setVisible(municipal && !model.municipality().isBlank());
            root.setCenter(empty);
            root.getTop().setDisable(!municipal);
            return;
        }
        root.getTop().setDisable(false);
        root.setCenter(body);
        Object chosen = selected();
        TreeItem<Object> top = new TreeItem<>();
        for (GoalArea area : plan.areas()) {
            TreeItem<Object> areaItem = new TreeItem<>(area);
            areaItem.setExpanded(true);
            for (Subgoal subgoal : area.subgoals()) {
                TreeItem<Object> subgoalItem = new TreeItem<>(subgoal);
                subgoalItem.setExpanded(true);
                subgoal.activities().forEach(activity -> subgoalItem.getChildren().add(new TreeItem<>(activity)));
                areaItem.getChildren().add(subgoalItem);
            }
            top.getChildren().add(areaItem);
        }
        tree.setRoot(top);
        if (chosen != null) {
            reselect(chosen);
        }
        showDetails();
        showProposals();
    }

    private String nodeText(Object item) {
        Plan plan = model.plan();
        return switch (item) {
            case GoalArea area -> (plan.areas().indexOf(area) + 1) + " " + area.name();
            case Subgoal subgoal -> number(subgoal) + " " + subgoal.text()
                    + (subgoal.origin() != null ? "  ★" : "");
            case Activity activity -> model.status(activity).state().symbol() + " "
                    + messages.get(model.status(activity).state().messageKey()) + " · "
                    + activity.draft().description();
            default -> String.valueOf(item);
        };
    }

    private String number(Subgoal subgoal) {
        GoalArea area = model.areaOf(subgoal);
        return (model.plan().areas().indexOf(area) + 1) + "." + (area.subgoals().indexOf(subgoal) + 1);
    }

    // --- the tree's buttons ---

    private Node treeButtons() {
        Button addArea = button("planAddArea", "plan.area.add");
        addArea.setOnAction(e -> dialogs().area("", "").ifPresent(v -> model.addArea(v[0], v[1])));
        Button addSubgoal = button("planAddSubgoal", "plan.subgoal.add");
        addSubgoal.setOnAction(e -> areaForNew().ifPresent(area ->
                dialogs().subgoal("").ifPresent(text -> model.addSubgoal(area.id(), text))));
        Button addActivity = button("planAddActivity", "plan.activity.add");
        addActivity.setOnAction(e -> subgoalForNew().ifPresent(subgoal ->
                dialogs().activity(ActivityDraft.of(""), number(subgoal) + " " + subgoal.text())
                        .ifPresent(draft -> model.addActivity(subgoal.id(), draft))));
        Button edit = button("planEdit", "plan.edit");
        edit.setOnAction(e -> edit());
        Button remove = button("planRemove", "plan.remove");
        remove.setOnAction(e -> remove());
        Button up = button("planUp", "plan.up");
        up.setOnAction(e -> model.move(selected(), -1));
        Button down = button("planDown", "plan.down");
        down.setOnAction(e -> model.move(selected(), 1));
        Button moveActivity = button("planMoveActivity", "plan.activity.move");
        moveActivity.setOnAction(e -> moveActivity());
        Button copy = button("planCopySubgoal", "plan.subgoal.copy");
        copy.setOnAction(e -> copySubgoal());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            Object node = item == null ? null : item.getValue();
            edit.setDisable(node == null);
            remove.setDisable(node == null);
            up.setDisable(!model.canMove(node, -1));
            down.setDisable(!model.canMove(node, 1));
            moveActivity.setDisable(!(node instanceof Activity));
            copy.setDisable(!(node instanceof Subgoal));
        });
        for (Button b : List.of(edit, remove, up, down, moveActivity, copy)) {
            b.setDisable(true);
        }
        return new FlowPane(6, 6, addArea, addSubgoal, addActivity, edit, remove, up, down, moveActivity, copy);
    }

    private Optional<GoalArea> areaForNew() {
        Object node = selected();
        if (node instanceof GoalArea area) {
            return Optional.of(area);
        }
        if (node instanceof Subgoal subgoal) {
            return Optional.of(model.areaOf(subgoal));
        }
        if (node instanceof Activity activity) {
            return Optional.of(model.areaOf(model.subgoalOf(activity)));
        }
        List<GoalArea> areas = model.plan().areas();
        if (areas.isEmpty()) {
            Dialogs.info(window(), messages, messages.get("plan.subgoal.add"), messages.get("plan.needArea"));
            return Optional.empty();
        }
        return dialogs().pick("plan.subgoal.add", "plan.chooseArea", areas, GoalArea::name, "button.ok");
    }

    private Optional<Subgoal> subgoalForNew() {
        Object node = selected();
        if (node instanceof Subgoal subgoal) {
            return Optional.of(subgoal);
        }
        if (node instanceof Activity activity) {
            return Optional.of(model.subgoalOf(activity));
        }
        List<Subgoal> subgoals = model.subgoals();
        if (subgoals.isEmpty()) {
            Dialogs.info(window(), messages, messages.get("plan.activity.add"), messages.get("plan.needSubgoal"));
            return Optional.empty();
        }
        return dialogs().pick("plan.activity.add", "plan.chooseSubgoal", subgoals, s -> number(s) + " " + s.text(),
                "button.ok");
    }

    private void edit() {
        switch (selected()) {
            case GoalArea area -> dialogs().area(area.name(), area.overallGoal())
                    .ifPresent(v -> model.updateArea(area.id(), v[0], v[1]));
            case Subgoal subgoal -> dialogs().subgoal(subgoal.text())
                    .ifPresent(text -> model.updateSubgoal(subgoal.id(), text));
            case Activity activity -> dialogs().activity(activity.draft(),
                            number(model.subgoalOf(activity)) + " " + model.subgoalOf(activity).text())
                    .ifPresent(draft -> model.updateActivity(activity.id(), draft));
            case null, default -> {
            }
        }
    }

    private void remove() {
        Object node = selected();
        String what = node == null ? "" : nodeText(node);
        if (!Dialogs.confirm(window(), messages, messages.get("plan.remove"), messages.get("plan.remove.confirm", what),
                messages.get("plan.remove"))) {
            return;
        }
        switch (node) {
            case GoalArea area -> model.removeArea(area.id());
            case Subgoal subgoal -> model.removeSubgoal(subgoal.id());
            case Activity activity -> model.removeActivity(activity.id());
            case null, default -> {
            }
        }
    }

    private void moveActivity() {
        if (selected() instanceof Activity activity) {
            List<Subgoal> others = model.subgoals().stream().filter(s -> s.id() != activity.subgoalId()).toList();
            dialogs().pick("plan.activity.move", "plan.chooseSubgoal", others, s -> number(s) + " " + s.text(),
                    "plan.activity.move.confirm").ifPresent(target -> model.moveActivity(activity.id(), target.id()));
        }
    }

    private void copySubgoal() {
        if (selected() instanceof Subgoal subgoal) {
            dialogs().pick("plan.subgoal.copy", "plan.chooseCentre", model.copyTargets(), CentreSummary::name,
                    "plan.subgoal.copy.confirm").ifPresent(target -> model.copySubgoal(subgoal.id(), target));
        }
    }

    // --- details of the chosen part ---

    private void showDetails() {
        details.getChildren().clear();
        Object node = selected();
        if (node == null) {
            details.getChildren().add(muted(messages.get("plan.details.none")));
            return;
        }
        switch (node) {
            case GoalArea area -> {
                details.getChildren().add(wrapped(Forms.sectionTitle(area.name())));
                details.getChildren().add(labelled("plan.area.overallGoal", area.overallGoal()));
            }
            case Subgoal subgoal -> {
                details.getChildren().add(wrapped(Forms.sectionTitle(number(subgoal) + " " + subgoal.text())));
                if (subgoal.origin() != null) {
                    details.getChildren().add(muted("★ " + messages.get("plan.origin." + subgoal.origin().source().name())));
                }
                details.getChildren().add(labelled("plan.subgoal.activities", String.valueOf(subgoal.activities().size())));
            }
            case Activity activity -> activityDetails(activity);
            default -> {
            }
        }
    }

    private void activityDetails(Activity activity) {
        ActivityDraft draft = activity.draft();
        Label state = new Label(model.stateText(model.status(activity)));
        state.setId("planActivityState");
        state.setWrapText(true);
        state.getStyleClass().add("section-title");
        Label heading = new Label(draft.description());
        heading.setWrapText(true);
        heading.setStyle("-fx-font-weight: bold;");
        GridPane grid = Forms.grid();
        row(grid, "plan.activity.targetGroup", draft.targetGroup());
        row(grid, "plan.activity.responsible", draft.responsible());
        row(grid, "plan.activity.effect", draft.expectedEffect());
        row(grid, "plan.activity.indicator", draft.indicator());
        row(grid, "plan.activity.indicatorTarget", draft.indicatorTarget());
        row(grid, "plan.activity.indicatorMethod", draft.indicatorMethod());
        row(grid, "plan.activity.dates", (draft.start() == null ? "…" : messages.longDate(draft.start())) + " – "
                + (draft.end() == null ? "…" : messages.longDate(draft.end())));
        VBox readings = new VBox(2);
        readings.setId("planReadings");
        if (draft.link() != null) {
            row(grid, "plan.activity.link", messages.label(draft.link().kind()));
            model.readings(activity.id(), list -> list.forEach(r -> readings.getChildren().add(wrapping(model.readingText(r)))));
        }

        ComboBox<PdsaStage> stage = new ComboBox<>();
        stage.setId("planStage");
        stage.getItems().setAll(PdsaStage.values());
        stage.setConverter(new StringConverter<>() {
            @Override
            public String toString(PdsaStage value) {
                return value == null ? "" : messages.get(value.messageKey());
            }

            @Override
            public PdsaStage fromString(String string) {
                return null;
            }
        });
        stage.setValue(activity.stage());
        stage.setDisable(activity.decision() != null);
        stage.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != activity.stage()) {
                model.setStage(activity.id(), now);
            }
        });
        Label stageLabel = new Label(messages.get("plan.activity.stage"));
        stageLabel.setLabelFor(stage);
        HBox stageRow = new HBox(8, stageLabel, stage);
        stageRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ListView<Checkpoint> checkpoints = new ListView<>();
        checkpoints.setId("planCheckpoints");
        checkpoints.getItems().setAll(activity.checkpoints());
        checkpoints.setPrefHeight(Math.min(5, Math.max(2, activity.checkpoints().size())) * 44 + 4);
        checkpoints.setPlaceholder(new Label(messages.get("plan.checkpoint.none")));
        checkpoints.setCellFactory(view -> wrappingCell(this::checkpointText));
        Button planCheckpoint = button("planPlanCheckpoint", "plan.checkpoint.plan");
        planCheckpoint.setOnAction(e -> dialogs().checkpoint(LocalDate.now(clock).plusMonths(1), null, false, false,
                        draft.description())
                .ifPresent(answer -> model.planCheckpoint(activity.id(), answer.date())));
        Button record = button("planRecordCheckpoint", "plan.checkpoint.record");
        record.setOnAction(e -> {
            Checkpoint chosen = checkpoints.getSelectionModel().getSelectedItem();
            Checkpoint open = chosen != null ? chosen : activity.checkpoints().stream().filter(c -> !c.recorded())
                    .findFirst().orElse(null);
            dialogs().checkpoint(open == null ? LocalDate.now(clock) : open.date(), activity.stage(), open != null, true,
                            draft.description())
                    .ifPresent(a -> model.recordCheckpoint(open == null ? null : open.id(), activity.id(), a.date(),
                            a.stage(), a.note(), a.value()));
        });
        Button removeCheckpoint = button("planRemoveCheckpoint", "plan.checkpoint.remove");
        removeCheckpoint.disableProperty().bind(checkpoints.getSelectionModel().selectedItemProperty().isNull());
        removeCheckpoint.setOnAction(e -> model.removeCheckpoint(checkpoints.getSelectionModel().getSelectedItem().id()));
        Button decide = button(activity.decision() == null ? "planDecide" : "planReopen",
                activity.decision() == null ? "plan.decision.title" : "plan.decision.reopen");
        decide.setOnAction(e -> {
            if (activity.decision() == null) {
                dialogs().decision(draft.description()).ifPresent(v -> model.decide(activity.id(),
                        (se.samordna.core.plan.CycleDecision) v[0], (String) v[1]));
            } else {
                model.reopen(activity.id());
            }
        });
        details.getChildren().setAll(state, heading, grid, readings, stageRow,
                Forms.sectionTitle(messages.get("plan.checkpoints")), checkpoints,
                new FlowPane(6, 6, planCheckpoint, record, removeCheckpoint, decide));
        if (activity.decision() != null) {
            details.getChildren().add(2, labelled("plan.decision.title", messages.get(activity.decision().messageKey())
                    + (activity.decisionNote().isBlank() ? "" : " – " + activity.decisionNote())));
        }
    }

    private String checkpointText(Checkpoint c) {
        if (!c.recorded()) {
            return messages.get("plan.checkpoint.planned", messages.longDate(c.date()));
        }
        return messages.get("plan.checkpoint.recorded", messages.longDate(c.date()), messages.get(c.stage().messageKey()),
                c.note().isBlank() ? "–" : c.note(), c.indicatorValue().isBlank() ? "–" : c.indicatorValue());
    }

    // --- proposals ---

    private void showProposals() {
        proposals.getChildren().clear();
        proposals.getChildren().add(Forms.sectionTitle(messages.get("plan.proposals.goals")));
        List<GoalProposal> goals = model.goalProposals();
        if (goals.isEmpty()) {
            proposals.getChildren().add(muted(messages.get(model.plan() != null && model.plan().scope() == PlanScope.MUNICIPAL
                    ? "plan.proposals.municipal" : "plan.proposals.noGoals")));
        }
        for (GoalProposal proposal : goals) {
            VBox box = new VBox(4, wrapping(proposal.goal().draft().goal()),
                    muted(messages.get("plan.origin." + proposal.goal().source().name())));
            if (proposal.answer() == GoalProposal.Answer.ACCEPTED) {
                box.getChildren().add(muted("✓ " + messages.get("plan.proposal.accepted")));
            } else {
                Button accept = button("planAcceptGoal", "plan.proposal.accept");
                accept.setOnAction(e -> acceptGoal(proposal));
                Button decline = button("planDeclineGoal", "plan.proposal.decline");
                decline.setVisible(proposal.answer() == GoalProposal.Answer.OPEN);
                decline.setManaged(decline.isVisible());
                if (proposal.answer() == GoalProposal.Answer.DECLINED) {
                    box.getChildren().add(muted("× " + messages.get("plan.proposal.declined")));
                }
                box.getChildren().add(new HBox(6, accept, decline));
            }
            box.getStyleClass().add("card");
            proposals.getChildren().add(box);
        }
        proposals.getChildren().add(Forms.sectionTitle(messages.get("plan.proposals.pdsa")));
        if (model.pdsaProposals().isEmpty()) {
            proposals.getChildren().add(muted(messages.get("plan.proposals.noPdsa")));
        }
        for (PdsaProposal proposal : model.pdsaProposals()) {
            VBox box = new VBox(4, wrapping(messages.get("plan.pdsa.text", messages.label(proposal.area()),
                    proposal.surveyYear(), Math.round(proposal.share()), proposal.target())));
            box.getStyleClass().add("card");
            if (proposal.answer() == GoalProposal.Answer.OPEN) {
                Button accept = button("planAcceptPdsa", "plan.proposal.accept");
                accept.setOnAction(e -> acceptPdsa(proposal));
                Button decline = button("planDeclinePdsa", "plan.proposal.decline");
                decline.setOnAction(e -> model.declinePdsa(proposal));
                box.getChildren().add(new HBox(6, accept, decline));
            } else {
                box.getChildren().add(muted(messages.get(proposal.answer() == GoalProposal.Answer.ACCEPTED
                        ? "plan.proposal.accepted" : "plan.proposal.declined")));
            }
            proposals.getChildren().add(box);
        }
    }

    private void acceptGoal(GoalProposal proposal) {
        List<GoalArea> areas = model.plan().areas();
        if (areas.isEmpty()) {
            Dialogs.info(window(), messages, messages.get("plan.proposal.accept"), messages.get("plan.needArea"));
            return;
        }
        dialogs().pick("plan.proposal.accept", "plan.chooseArea", areas, GoalArea::name, "plan.proposal.accept.confirm")
                .ifPresent(area -> model.acceptGoal(proposal.goal().id(), area.id()));
    }

    private void acceptPdsa(PdsaProposal proposal) {
        List<Subgoal> subgoals = model.subgoals();
        if (subgoals.isEmpty()) {
            Dialogs.info(window(), messages, messages.get("plan.proposal.accept"), messages.get("plan.needSubgoal"));
            return;
        }
        List<Subgoal> ordered = new java.util.ArrayList<>(subgoals);
        model.subgoal(proposal.suggestedSubgoalId()).ifPresent(s -> {
            ordered.remove(s);
            ordered.addFirst(s);
        });
        dialogs().pick("plan.proposal.accept", "plan.chooseSubgoal", ordered, s -> number(s) + " " + s.text(),
                "plan.proposal.accept.confirm").ifPresent(subgoal -> model.acceptPdsa(proposal, subgoal.id()));
    }

    // --- the plan as a whole ---

    private void toggleSent() {
        if (model.plan() == null) {
            return;
        }
        if (model.plan().sentOn() != null) {
            model.unmarkSent();
        } else {
            dialogs().sent(LocalDate.now(clock)).ifPresent(model::markSent);
        }
    }

    private void chooseCovered() {
        List<CentreSummary> centres = model.centresOfMunicipality();
        java.util.Set<CentreSummary> checked = new HashSet<>(centres.stream()
                .filter(c -> model.plan().coveredCentreIds().contains(c.id())).toList());
        dialogs().choose("plan.covered", "plan.covered.intro", centres, CentreSummary::name, checked, "button.save")
                .ifPresent(chosen -> model.setCoveredCentres(chosen.stream().map(CentreSummary::id).toList()));
    }

    private void createMunicipal() {
        List<CentreSummary> centres = model.centresOfMunicipality();
        dialogs().choose("plan.municipal.create", "plan.covered.intro", centres, CentreSummary::name,
                new HashSet<>(centres), "plan.municipal.create.confirm")
                .ifPresent(chosen -> model.createMunicipal(chosen.stream().map(CentreSummary::id).toList()));
    }

    private void carryOver() {
        if (model.plan() == null) {
            return;
        }
        model.carryOverCandidates(candidates -> {
            if (candidates.isEmpty()) {
                Dialogs.info(window(), messages, messages.get("plan.carryOver"), messages.get("plan.carryOver.none",
                        model.plan().year() - 1));
                return;
            }
            dialogs().choose("plan.carryOver", "plan.carryOver.intro", candidates, dialogs()::carryOverText,
                    new HashSet<>(), "plan.carryOver.confirm").filter(chosen -> !chosen.isEmpty())
                    .ifPresent(chosen -> model.carryOver(chosen.stream().map(r -> r.activity().id()).toList()));
        });
    }

    private void export(DocumentExport.Format format) {
        if (model.plan() == null) {
            return;
        }
        boolean pdf = format == DocumentExport.Format.PDF;
        String titleText = messages.get(pdf ? "plan.export.pdf" : "plan.export.word");
        files.save(window(), titleText, model.suggestedFileName(format), pdf ? FileDialogs.PDF : FileDialogs.WORD)
                .ifPresent(file -> model.export(format, file, text -> Dialogs.info(window(), messages, titleText,
                        text + "\n" + file.toAbsolutePath())));
    }

    // --- helpers ---

    private Object selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void select(long activityId) {
        find(tree.getRoot(), activityId, Activity.class).ifPresent(item -> tree.getSelectionModel().select(item));
    }

    private void reselect(Object chosen) {
        long id = switch (chosen) {
            case GoalArea a -> a.id();
            case Subgoal s -> s.id();
            case Activity a -> a.id();
            default -> -1;
        };
        find(tree.getRoot(), id, chosen.getClass()).ifPresent(item -> tree.getSelectionModel().select(item));
    }

    private static Optional<TreeItem<Object>> find(TreeItem<Object> item, long id, Class<?> type) {
        if (item == null) {
            return Optional.empty();
        }
        Object value = item.getValue();
        if (type.isInstance(value) && (value instanceof GoalArea a && a.id() == id || value instanceof Subgoal s
                && s.id() == id || value instanceof Activity a2 && a2.id() == id)) {
            return Optional.of(item);
        }
        for (TreeItem<Object> child : item.getChildren()) {
            Optional<TreeItem<Object>> found = find(child, id, type);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private PlanDialogs dialogs() {
        return new PlanDialogs(messages, window());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(false);
        return button;
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private static ScrollPane scroll(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node labelled(String key, String value) {
        return new VBox(2, muted(messages.get(key)), wrapping(value.isBlank() ? "–" : value));
    }

    private void row(GridPane grid, String key, String value) {
        Forms.row(grid, messages.get(key), wrapping(value.isBlank() ? "–" : value), null);
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A heading that keeps all its words: a delmål is often a sentence or two. */
    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapping(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static <T> ListCell<T> wrappingCell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : text.apply(item));
            }
        };
    }
}
