package se.samordna.app.reflection;


import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.AutoSave;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.core.reflection.Instrument;
import se.samordna.core.reflection.Rating;
import se.samordna.core.reflection.Statement;

/**
 * Step I: each participant rates every statement, at the laptop (handed round, with a hand-over
 * screen hiding the previous answers) or from a paper form typed in: one key per statement. Only the
 * participant at the laptop is ever on this page; there is no way back to one who has handed over.
 */
final class IndividualStepView {
    private final WorkshopViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final StackPane root = new StackPane();
    private final ListView<RatingRow> list = new ListView<>();
    private final VBox handover = new VBox();
    private final VBox closed = new VBox();
    private final CheckBox handOverMode;
    /** Why the last key was not taken, as the survey's typing-in says it. */
    private final Label refused = new Label();

    IndividualStepView(WorkshopViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        handOverMode = new CheckBox(messages.get("workshop.step1.handOverMode"));
        handOverMode.setId("handOverMode");
        handOverMode.setSelected(true);

        Label who = new Label();
        who.setId("participantLabel");
        who.getStyleClass().add("section-title");
        who.textProperty().bind(Bindings.createStringBinding(() -> messages.get("workshop.participantOf",
                model.participantProperty().get(), model.workshop() == null ? 0 : model.workshop().participants()),
                model.participantProperty(), model.workshopProperty()));
        Label progress = new Label();
        progress.setId("participantProgress");
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(Bindings.createStringBinding(() -> model.workshop() == null ? ""
                        : model.progress() + " · "
                        + messages.get("workshop.participantsDone", model.participantsDoneProperty().get(),
                        model.workshop().participants()),
                model.workshopProperty(), model.participantProperty(), model.participantsDoneProperty(),
                model.committedChangesProperty()));
        Button form = new Button(messages.get("workshop.printForm"));
        form.setId("printFormButton");
        form.setOnAction(event -> saveForm());

        Label help = new Label(messages.get("workshop.step1.keys"));
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);

        list.setId("ratingList");
        list.setItems(model.individualRows());
        list.setCellFactory(view -> new RatingCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        list.disableProperty().bind(model.editableProperty().not());
        model.individualRows().addListener((javafx.collections.ListChangeListener<RatingRow>) change -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
                list.scrollTo(0);
            }
        });

        Button done = new Button(messages.get("workshop.step1.done"));
        done.setId("participantDone");
        done.setDefaultButton(false);
        done.setMinWidth(Region.USE_PREF_SIZE);
        done.setOnAction(event -> participantDone());
        refused.setId("ratingRefused");
        refused.getStyleClass().add("field-error");
        refused.setWrapText(true);
        refused.setMinWidth(0);
        HBox.setHgrow(refused, Priority.ALWAYS);

        HBox top = new HBox(10, who);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane options = new FlowPane(12, 6, handOverMode, form);
        VBox header = new VBox(6, top, progress, options, help);
        HBox bottom = new HBox(10, done, refused);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        BorderPane page = new BorderPane(list, header, null, bottom, null);
        BorderPane.setMargin(list, new Insets(8, 0, 0, 0));

        page.visibleProperty().bind(model.ratingsClosedProperty().not());
        page.disableProperty().bind(model.handingOverProperty());
        buildHandover();
        buildClosed();
        root.getChildren().setAll(page, closed, handover);
    }

    Node root() {
        return root;
    }

    private void keyPressed(KeyEvent event) {
        if (event.getTarget() instanceof TextField || event.isShortcutDown() || event.isAltDown()) {
            return; // typing a comment, or a shortcut (Ctrl+3 goes to the third page, it is no rating)
        }
        if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            enter();
            return;
        }
        Rating rating = switch (event.getCode()) {
            case DIGIT1, NUMPAD1 -> Rating.of(1);
            case DIGIT2, NUMPAD2 -> Rating.of(2);
            case DIGIT3, NUMPAD3 -> Rating.of(3);
            case DIGIT4, NUMPAD4 -> Rating.of(4);
            case DIGIT5, NUMPAD5 -> Rating.of(5);
            case DIGIT6, NUMPAD6 -> Rating.of(6);
            case DIGIT0, NUMPAD0, K -> Rating.CANNOT_ASSESS;
            case BACK_SPACE, DELETE -> Rating.NONE;
            default -> null;
        };
        if (rating == null) {
            if (event.getCode().isDigitKey() || event.getCode().isLetterKey()) {
                event.consume(); // 7, 8, 9 and letters are not on the scale: refused on the spot, and why
                refused.setText(messages.get("workshop.step1.refused", event.getText().isBlank()
                        ? event.getCode().getName() : event.getText()));
            }
            return;
        }
        event.consume();
        refused.setText("");
        RatingRow row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            list.getSelectionModel().selectFirst();
            row = list.getSelectionModel().getSelectedItem();
        }
        row.ratingProperty().set(rating);
        if (rating.answered()) {
            int next = list.getSelectionModel().getSelectedIndex() + 1;
            if (next < list.getItems().size()) {
                list.getSelectionModel().select(next);
                list.scrollTo(Math.max(0, next - 2));
            }
        }
    }

    /** Enter goes on: to the next statement, and from the last one to the hand-over, as the button does. */
    private void enter() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index < list.getItems().size() - 1) {
            list.getSelectionModel().select(index + 1);
            list.scrollTo(Math.max(0, index - 1));
        } else if (!list.getItems().isEmpty()) {
            participantDone();
        }
    }

    private void participantDone() {
        refused.setText("");
        int current = model.participantProperty().get();
        int total = model.workshop().participants();
        model.handOver();
        if (!handOverMode.isSelected()) {
            model.startNextParticipant(); // a paper form typed in: straight on to the next one
            list.requestFocus();
            return;
        }
        handoverTitle.setText(messages.get("workshop.handover.thanks", current));
        if (current < total) {
            handoverText.setText(messages.get("workshop.handover.next", current + 1));
            handoverButton.setText(messages.get("workshop.handover.start", current + 1));
        } else {
            handoverText.setText(messages.get("workshop.handover.last"));
            handoverButton.setText(messages.get("workshop.handover.toDialogue"));
        }
        handoverButton.requestFocus();
    }

    private final Label handoverTitle = new Label();
    private final Label handoverText = new Label();
    private final Button handoverButton = new Button();

    private void buildHandover() {
        handover.getStyleClass().add("handover");
        handover.setId("handoverScreen");
        handoverTitle.getStyleClass().add("handover-title");
        handoverText.setWrapText(true);
        handoverText.setMaxWidth(560);
        handoverButton.setId("handoverContinue");
        handoverButton.setDefaultButton(true);
        handoverButton.setOnAction(event -> {
            model.startNextParticipant();
            list.requestFocus();
        });
        handover.getChildren().setAll(handoverTitle, handoverText, handoverButton);
        handover.visibleProperty().bind(model.handingOverProperty());
    }

    /** Everyone has handed over: nothing of anyone's is shown here any more. */
    private void buildClosed() {
        closed.getStyleClass().add("handover");
        closed.setId("ratingsClosed");
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.workshop() == null ? ""
                : messages.get("workshop.step1.closed", model.workshop().participants()), model.workshopProperty()));
        Button toDialogue = new Button(messages.get("workshop.handover.toDialogue"));
        toDialogue.setId("ratingsClosedToDialogue");
        toDialogue.setOnAction(event -> model.goTo(WorkshopViewModel.Page.STEP2));
        closed.getChildren().setAll(text, toDialogue);
        closed.visibleProperty().bind(model.ratingsClosedProperty().and(model.handingOverProperty().not()));
    }

    private void saveForm() {
        files.save(root.getScene().getWindow(), messages.get("workshop.printForm"), model.blankFormFileName(),
                        FileDialogs.PDF)
                .ifPresent(file -> model.exportBlankForm(file, () -> Dialogs.info(root.getScene().getWindow(),
                        messages, messages.get("workshop.printForm"),
                        messages.get("workshop.formSaved", file.toAbsolutePath().toString()))));
    }

    /** One statement: its area (first in the area), title, text, the scale and a comment. */
    private final class RatingCell extends ListCell<RatingRow> {
        @Override
        protected void updateItem(RatingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Statement statement = row.statement();
            VBox box = new VBox(4);
            int index = getIndex();
            if (index == 0 || getListView().getItems().get(index - 1).statement().area() != statement.area()) {
                Label area = new Label(Instrument.areaName(statement.area()));
                area.getStyleClass().add("area-title");
                box.getChildren().add(area);
            }
            Label title = new Label(model.numberedTitle(statement));
            title.getStyleClass().add("statement-title");
            title.setWrapText(true);
            Label text = new Label(statement.text());
            text.setWrapText(true);
            TextField note = new TextField(row.noteProperty().get());
            note.setPromptText(messages.get("workshop.comment"));
            note.textProperty().bindBidirectional(row.noteProperty());
            AutoSave.attach(note, () -> model.saveNote(row));
            HBox.setHgrow(note, Priority.ALWAYS);
            HBox controls = new HBox(12, new RatingPicker(row.ratingProperty(), messages), note);
            controls.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(title, text, controls);
            box.setMinWidth(0);
            setGraphic(box);
            setText(null);
            setPrefWidth(0);
        }
    }

}
