package se.samordna.app.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser.ExtensionFilter;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.ColumnWidths;
import se.samordna.app.ui.Dialogs;
import se.samordna.app.ui.FileDialogs;
import se.samordna.app.ui.Forms;
import se.samordna.core.agreement.Agreement;
import se.samordna.core.agreement.AgreementSummary;
import se.samordna.core.agreement.ClauseComparison;

/** The Status och versioner tab: dates of the agreement's life, the signed copy, the versions. */
final class AgreementStatusView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AgreementsViewModel model;
    private final Messages messages;
    private final ScrollPane root = new ScrollPane();

    AgreementStatusView(AgreementsViewModel model, Messages messages, FileDialogs files) {
        this.model = model;
        this.messages = messages;
        Label facts = new Label();
        facts.setId("agreementFacts");
        facts.setWrapText(true);
        Label copy = new Label();
        copy.setId("signedCopyText");
        copy.setWrapText(true);
        Label reviewed = new Label();
        reviewed.setId("agreementReviews");
        reviewed.setWrapText(true);
        model.reviews().addListener((javafx.collections.ListChangeListener<se.samordna.core.agreement.AgreementReview>)
                change -> reviewed.setText(reviewsText()));
        reviewed.setText(reviewsText());
        model.snapshotProperty().addListener((obs, old, snapshot) -> {
            model.loadReviews();
            facts.setText(snapshot == null ? "" : facts(snapshot.agreement()));
            copy.setText(snapshot == null ? "" : snapshot.agreement().attachment()
                    .map(a -> messages.get("agreement.copy.kept", a.fileName(), Math.max(1, a.sizeBytes() / 1024),
                            WHEN.format(a.addedAt())))
                    .orElse(messages.get("agreement.copy.none")));
        });

        Button attach = new Button(messages.get("agreement.copy.attach"));
        attach.setId("attachCopyButton");
        attach.disableProperty().bind(model.signedOrTerminated().not());
        attach.setOnAction(event -> files.open(root.getScene().getWindow(), messages.get("agreement.copy.attach"),
                new ExtensionFilter(messages.get("agreement.copy.types"), "*.pdf", "*.PDF", "*.jpg", "*.jpeg", "*.JPG",
                        "*.png", "*.PNG", "*.tif", "*.tiff"))
                .ifPresent(model::attachSignedCopy));
        Button save = new Button(messages.get("agreement.copy.save"));
        save.setId("saveCopyButton");
        save.setOnAction(event -> model.signedCopyFileName().ifPresent(name -> files
                .save(root.getScene().getWindow(), messages.get("agreement.copy.save"), name, typeOf(name))
                .ifPresent(file -> model.saveSignedCopy(file, () -> Dialogs.info(root.getScene().getWindow(),
                        messages, messages.get("agreement.copy.save"),
                        messages.get("agreement.copy.saved", file.toString()))))));
        save.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.snapshotProperty().get() == null
                        || model.snapshotProperty().get().agreement().attachment().isEmpty(), model.snapshotProperty()));

        TableView<AgreementSummary> versions = new TableView<>(model.versions());
        versions.setId("versionTable");
        versions.setPrefHeight(180);
        versions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        versions.getColumns().setAll(List.of(
                column(messages.get("agreement.version"), v -> String.valueOf(v.version())),
                column(messages.get("agreement.statusColumn"), v -> messages.label(v.status())),
                column(messages.get("agreement.changed"), v -> WHEN.format(v.updatedAt())),
                column(messages.get("agreement.signedColumn"), v -> v.signedDate() == null ? "" : v.signedDate().toString())));
        ColumnWidths.fitToContent(versions);
        Button compare = new Button(messages.get("agreement.compare"));
        compare.setId("compareButton");
        compare.disableProperty().bind(versions.getSelectionModel().selectedItemProperty().isNull());
        compare.setOnAction(event -> {
            AgreementSummary other = versions.getSelectionModel().getSelectedItem();
            model.compareWith(other, rows -> showComparison(other, rows));
        });

        Label intro = new Label(messages.get("agreement.compare.hint"));
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);
        Button review = new Button(messages.get("agreement.review.mark"));
        review.setId("markReviewedButton");
        review.setMnemonicParsing(false);
        review.disableProperty().bind(model.snapshotProperty().isNull());
        review.setOnAction(event -> new ReviewDialog(messages, root.getScene().getWindow(), LocalDate.now(model.clock()))
                .showAndWait().ifPresent(r -> model.markReviewed(r.on(), r.role(), r.note(),
                        () -> Dialogs.info(root.getScene().getWindow(), messages, messages.get("agreement.review.title"),
                                messages.get("agreement.review.done", r.on().toString())))));
        Label reviewHint = new Label(messages.get("agreement.review.hint"));
        reviewHint.getStyleClass().add("muted");
        reviewHint.setWrapText(true);

        VBox page = new VBox(8, Forms.sectionTitle(messages.get("agreement.life")), facts,
                Forms.sectionTitle(messages.get("agreement.review.section")), reviewHint, reviewed, review,
                Forms.sectionTitle(messages.get("agreement.copy")), copy, new HBox(8, attach, save),
                Forms.sectionTitle(messages.get("agreement.versions")), intro, versions, compare);
        page.setPadding(new Insets(8, 12, 12, 8));
        root.setContent(page);
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }

    private String reviewsText() {
        if (model.reviews().isEmpty()) {
            return messages.get("agreement.review.none");
        }
        StringBuilder text = new StringBuilder();
        for (var r : model.reviews()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(messages.get("agreement.review.line", r.reviewedOn().toString(), r.reviewedBy()));
            if (!r.note().isBlank()) {
                text.append(" – ").append(r.note());
            }
        }
        return text.toString();
    }

    private String facts(Agreement agreement) {
        StringBuilder text = new StringBuilder();
        text.append(messages.get("agreement.fact.created", WHEN.format(agreement.createdAt())));
        if (agreement.readyAt() != null) {
            text.append('\n').append(messages.get("agreement.fact.ready", WHEN.format(agreement.readyAt())));
        }
        if (agreement.signedDate() != null) {
            text.append('\n').append(messages.get("agreement.fact.signed", agreement.signedDate().toString()));
        }
        if (agreement.noticeDate() != null) {
            text.append('\n').append(messages.get("agreement.fact.terminated", agreement.noticeDate().toString(),
                    agreement.endDate().orElseThrow().toString()));
        }
        if (agreement.terms() != null && agreement.terms().startDate() != null) {
            text.append('\n').append(messages.get("agreement.period", agreement.terms().startDate().toString(),
                    agreement.terms().endDate().toString()));
        }
        text.append('\n').append(messages.get("agreement.fact.notice", agreement.noticeMonths()));
        return text.toString();
    }

    private void showComparison(AgreementSummary other, List<ClauseComparison> rows) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(messages.get("agreement.compare"));
        dialog.setHeaderText(messages.get("agreement.compare.header", other.version(),
                model.snapshotProperty().get().agreement().version()));
        TableView<ClauseComparison> table = new TableView<>();
        table.setId("comparisonTable");
        table.getItems().setAll(rows.stream().filter(r -> r.kind() != ClauseComparison.Kind.SAME).toList());
        table.setPlaceholder(new Label(messages.get("agreement.compare.same")));
        table.setPrefSize(980, 520);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ClauseComparison, String> heading = column(messages.get("clause.heading"), ClauseComparison::heading);
        heading.setPrefWidth(170);
        TableColumn<ClauseComparison, String> kind = column(messages.get("agreement.compare.kind"),
                r -> messages.get("agreement.compare." + r.kind().name()));
        kind.setPrefWidth(120);
        table.getColumns().setAll(List.of(heading, kind,
                wrapping(column(messages.get("agreement.versionN", other.version()), r -> nz(r.left()))),
                wrapping(column(messages.get("agreement.versionN", model.snapshotProperty().get().agreement().version()),
                        r -> nz(r.right())))));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("button.ok"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    /** The kind of file the signed copy is (PDF, JPG, …), so it is saved as one again. */
    private static ExtensionFilter[] typeOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return new ExtensionFilter[0];
        }
        String extension = name.substring(dot + 1);
        return new ExtensionFilter[] {new ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension)};
    }

    private static String nz(String text) {
        return text == null ? "—" : text;
    }

    private static TableColumn<ClauseComparison, String> wrapping(TableColumn<ClauseComparison, String> column) {
        column.setPrefWidth(330);
        se.samordna.app.ui.WrappingCells.apply(column);
        return column;
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
