package se.samordna.app.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.DateFields;
import se.samordna.app.ui.Forms;
import se.samordna.core.agreement.AgreementReview;

/**
 * "Gone through together": the day, the role that led it (never a person's name) and a note. Bilaga 6
 * asks for it each September; the annual wheel ticks its row from it.
 */
final class ReviewDialog {
    /** What the dialog gives back. */
    record Review(LocalDate on, String role, String note) {
    }

    private final Dialog<Review> dialog = new Dialog<>();

    ReviewDialog(Messages messages, Window owner, LocalDate today) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("agreement.review.title"));
        dialog.setHeaderText(null);
        ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(today);
        StringProperty dateError = new SimpleStringProperty("");
        DatePicker picker = DateFields.picker("reviewDate", date, dateError, messages.get("validation.date"));
        ComboBox<String> role = new ComboBox<>(FXCollections.observableArrayList(
                List.of("Samordnare", "Ledningsgruppen", "Styrgruppen")));
        role.setId("reviewRole");
        role.setEditable(true);
        role.setValue("Samordnare");
        TextArea note = new TextArea();
        note.setId("reviewNote");
        note.setPrefRowCount(3);
        note.setPrefColumnCount(30);
        note.setWrapText(true);
        StringProperty shownError = new SimpleStringProperty("");
        shownError.bind(Bindings.createStringBinding(() -> !dateError.get().isEmpty() ? dateError.get()
                : date.get() != null && date.get().isAfter(today) ? messages.get("agreement.reviewedOnRange") : "",
                dateError, date));
        GridPane grid = Forms.grid();
        Forms.row(grid, messages.get("agreement.review.on") + " *", picker, shownError);
        Forms.row(grid, messages.get("agreement.review.by") + " *", role, null);
        Forms.row(grid, messages.get("agreement.review.note"), note, null);
        Label intro = AgreementsView.wrapping(messages.get("agreement.review.intro"));
        intro.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(12, intro, grid));
        ButtonType ok = new ButtonType(messages.get("agreement.review.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("confirmReviewButton");
        dialog.getDialogPane().getButtonTypes().forEach(type -> {
            if (dialog.getDialogPane().lookupButton(type) instanceof javafx.scene.layout.Region button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "Markera som ..."
            }
        });
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> date.get() == null || !shownError.get().isEmpty() || role.getEditor().getText().isBlank()
                        || role.getEditor().getText().strip().length() > AgreementReview.REVIEWED_BY_MAX
                        || note.getText().length() > AgreementReview.NOTE_MAX,
                date, shownError, role.getEditor().textProperty(), note.textProperty()));
        dialog.setResultConverter(button -> button == ok
                ? new Review(date.get(), role.getEditor().getText().strip(), note.getText()) : null);
    }

    Optional<Review> showAndWait() {
        return dialog.showAndWait();
    }
}
