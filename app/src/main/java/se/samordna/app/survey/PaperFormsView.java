package se.samordna.app.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.AutoSave;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.Forms;
import se.samordna.core.pdf.PdfPrinting;
import se.samordna.core.pdf.VisualText;
import se.samordna.core.survey.StandardSurvey;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyItem;
import se.samordna.core.survey.SurveyService;

/**
 * The paper round: forms numbered for handing out in weeks 45–46, in the language chosen, saved
 * as PDF or printed; and the translations a language needs before its forms can be printed.
 */
final class PaperFormsView {
    private final SurveyViewModel model;
    private final Messages messages;
    private final FileDialogs files;
    private final ScrollPane root = new ScrollPane();
    private final ComboBox<String> language = new ComboBox<>();
    private final Spinner<Integer> first = new Spinner<>(1, SurveyService.MAX_FORM_NUMBER, 1);
    private final Spinner<Integer> copies = new Spinner<>(1, 2000, 50);
    private final Label missing = new Label();
    private final Label review = new Label();
    private final Button approve = new Button();
    private final GridPane translations = new GridPane();
    private final List<String> addedLanguages = new ArrayList<>();

    PaperFormsView(SurveyViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
        root.setId("surveyForms");
        root.setFitToWidth(true);

        Label weeks = wrapping("");
        weeks.setId("surveyWeeks");
        weeks.getStyleClass().add("notice-info");
        language.setId("formsLanguage");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : model.languageName(code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        Button addLanguage = new Button(messages.get("survey.forms.addLanguage"));
        addLanguage.setId("addLanguage");
        addLanguage.setOnAction(event -> addLanguage());
        first.setId("formsFirst");
        first.setEditable(true);
        copies.setId("formsCopies");
        copies.setEditable(true);
        Button save = new Button(messages.get("survey.forms.save"));
        save.setId("formsSave");
        save.setOnAction(event -> saveForms());
        Button print = new Button(messages.get("survey.forms.print"));
        print.setId("formsPrint");
        print.setOnAction(event -> printForms());
        missing.setId("formsMissing");
        missing.setWrapText(true);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        missing.getStyleClass().add("field-error");

        GridPane settings = Forms.grid();
        HBox languageRow = new HBox(8, language, addLanguage);
        languageRow.setAlignment(Pos.CENTER_LEFT);
        Forms.row(settings, messages.get("survey.forms.language"), languageRow, null);
        Forms.row(settings, messages.get("survey.forms.first"), first, null);
        Forms.row(settings, messages.get("survey.forms.copies"), copies, null);
        Label hint = wrapping(messages.get("survey.forms.hint"));
        hint.getStyleClass().add("muted");

        translations.setHgap(12);
        translations.setVgap(6);
        ColumnConstraints swedish = new ColumnConstraints();
        swedish.setPercentWidth(45);
        ColumnConstraints translated = new ColumnConstraints();
        translated.setPercentWidth(55);
        translations.getColumnConstraints().setAll(swedish, translated);
        Label translationsIntro = wrapping(messages.get("survey.forms.translationsIntro"));
        translationsIntro.getStyleClass().add("muted");
        // A translation that came with Samordna says so until a coordinator who knows the language approves it.
        review.setId("formsReview");
        review.setWrapText(true);
        review.setMinHeight(Region.USE_PREF_SIZE);
        review.getStyleClass().add("notice-info");
        approve.setText(messages.get("survey.forms.approve"));
        approve.setId("approveTranslation");
        approve.setOnAction(event -> model.approveTranslation(language.getValue()));
        VBox reviewBox = new VBox(6, review, approve);
        reviewBox.visibleProperty().bind(review.textProperty().isNotEmpty());
        reviewBox.managedProperty().bind(reviewBox.visibleProperty());

        VBox page = new VBox(10, weeks, Forms.sectionTitle(messages.get("survey.forms.title")), settings,
                new HBox(8, save, print), missing, hint,
                Forms.sectionTitle(messages.get("survey.forms.translations")), reviewBox, translationsIntro,
                translations);
        page.setPadding(new Insets(8, 12, 12, 0));
        root.setContent(page);

        language.valueProperty().addListener((obs, old, value) -> refreshLanguage());
        model.surveyProperty().addListener((obs, old, survey) -> {
            refreshLanguages();
            weeks.setText(weeksText(survey));
            if (old == null || survey == null || old.id() != survey.id()) {
                first.getValueFactory().setValue(model.nextFormNumber());
                refreshLanguage();
            } else {
                updateMissing();
            }
        });
        refreshLanguages();
        weeks.setText(weeksText(model.survey()));
        first.getValueFactory().setValue(model.nextFormNumber());
    }

    Node root() {
        return root;
    }

    private String weeksText(Survey survey) {
        if (survey == null) {
            return "";
        }
        LocalDate[] weeks = SurveyService.surveyWeeks(survey.year());
        return messages.get("survey.forms.weeks", survey.year(), weeks[0].toString(), weeks[1].toString());
    }

    private void refreshLanguages() {
        String keep = language.getValue() == null ? "sv" : language.getValue();
        List<String> all = new ArrayList<>(model.languages());
        addedLanguages.stream().filter(code -> !all.contains(code)).forEach(all::add);
        language.getItems().setAll(all);
        language.setValue(all.contains(keep) ? keep : "sv");
    }

    /** Picks a language by its name (the languages Java knows, named in the interface's language). */
    private void addLanguage() {
        List<String> codes = new ArrayList<>();
        for (String code : Locale.getISOLanguages()) {
            if (!"sv".equals(code) && !model.languageName(code).equals(code)) {
                codes.add(code);
            }
        }
        codes.sort(java.util.Comparator.comparing(model::languageName, java.text.Collator.getInstance(messages.locale())));
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(messages.get("survey.forms.addLanguage"));
        dialog.setHeaderText(messages.get("survey.forms.addLanguageHeader"));
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("languageChoice");
        choice.getItems().setAll(codes);
        choice.setConverter(language.getConverter());
        choice.setVisibleRowCount(14);
        choice.setValue(codes.contains("ar") ? "ar" : codes.getFirst());
        HBox row = new HBox(8, new Label(messages.get("survey.forms.chooseLanguage")), choice);
        row.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(row);
        javafx.scene.control.ButtonType add = new javafx.scene.control.ButtonType(messages.get("survey.forms.addButton"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add, new javafx.scene.control.ButtonType(
                messages.get("button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == add ? choice.getValue() : null);
        dialog.showAndWait().ifPresent(code -> {
            if (!addedLanguages.contains(code)) {
                addedLanguages.add(code);
            }
            refreshLanguages();
            language.setValue(code);
            // The texts that come with Samordna are in once this is done; show them in the fields.
            model.addLanguage(code, this::refreshLanguage);
        });
    }

    /** The texts of the chosen language beside the Swedish ones; Swedish itself is edited under Frågor. */
    private void refreshLanguage() {
        translations.getChildren().clear();
        Survey survey = model.survey();
        String code = language.getValue();
        updateMissing();
        if (survey == null || code == null) {
            return;
        }
        if ("sv".equals(code)) {
            Label note = wrapping(messages.get("survey.forms.swedishNote"));
            note.getStyleClass().add("muted");
            translations.add(note, 0, 0, 2, 1);
            return;
        }
        int row = 0;
        translations.add(heading(messages.get("survey.forms.swedish")), 0, row);
        translations.add(heading(model.languageName(code)), 1, row++);
        for (SurveyItem item : survey.items()) {
            addRow(row++, item.position() + ". " + item.text(), item.key(), true);
        }
        for (String key : StandardSurvey.FORM_TEXT_KEYS) {
            addRow(row++, SurveyService.formText(survey, "sv", key), key, false);
        }
    }

    private void addRow(int row, String swedish, String key, boolean item) {
        String code = language.getValue();
        String current = stored(code, key, item);
        Label source = wrapping(swedish);
        TextArea field = new TextArea(current);
        field.setId("translation-" + key);
        boolean rightToLeft = VisualText.isRightToLeft(code);
        if (rightToLeft) {
            field.setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        }
        // JavaFX 26.0.2 throws in its line layout when it wraps Arabic it has split into runs
        // (PrismTextLayout.computeTrailingSpaceWidth, a negative index): such fields scroll sideways instead.
        field.setWrapText(!rightToLeft);
        field.setPrefRowCount(current.length() > 80 || swedish.length() > 80 ? 3 : 1);
        AutoSave.attach(field, () -> {
            if (model.survey() != null && !field.getText().strip().equals(stored(code, key, item))) {
                model.setTranslation(code, key, field.getText());
            }
        });
        translations.add(source, 0, row);
        translations.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private String stored(String code, String key, boolean item) {
        Survey survey = model.survey();
        if (survey == null) {
            return "";
        }
        return item ? SurveyService.itemText(survey, code, key) : SurveyService.formText(survey, code, key);
    }

    private void updateMissing() {
        String code = language.getValue();
        review.setText(code != null && model.needsReview(code)
                ? messages.get("survey.forms.toReview", model.languageName(code).toLowerCase(messages.locale())) : "");
        int count = code == null ? 0 : model.missingTexts(code).size();
        missing.setText(count == 0 ? "" : messages.get("survey.forms.missing",
                model.languageName(code).toLowerCase(messages.locale()), count));
        missing.setVisible(count > 0);
        missing.setManaged(count > 0);
    }

    private boolean ready() {
        String code = language.getValue();
        if (model.survey() == null || code == null) {
            return false;
        }
        int count = model.missingTexts(code).size();
        if (count > 0) {
            Dialogs.error(root.getScene().getWindow(), messages, messages.get("survey.forms.missing",
                    model.languageName(code).toLowerCase(messages.locale()), count));
            return false;
        }
        return true;
    }

    private void saveForms() {
        if (!ready()) {
            return;
        }
        files.save(root.getScene().getWindow(), messages.get("survey.forms.save"),
                        model.formsFileName(language.getValue(), first.getValue(), copies.getValue()), FileDialogs.PDF)
                .ifPresent(file -> model.exportForms(language.getValue(), first.getValue(), copies.getValue(), file,
                        written -> Dialogs.info(root.getScene().getWindow(), messages, messages.get("survey.forms.save"),
                                messages.get("survey.forms.saved", copies.getValue(), file.toAbsolutePath().toString())
                                        + model.replacedNotice(written))));
    }

    private void printForms() {
        if (!ready()) {
            return;
        }
        model.printForms(language.getValue(), first.getValue(), copies.getValue(), outcome -> {
            if (outcome == PdfPrinting.Outcome.PRINTED) {
                Dialogs.info(root.getScene().getWindow(), messages, messages.get("survey.forms.print"),
                        messages.get("survey.forms.printed", copies.getValue()));
            }
        });
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
