package se.samordna.app.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.i18n.Messages;
import se.samordna.core.survey.ImportTable;
import se.samordna.core.survey.PartUsed;
import se.samordna.core.survey.Response;
import se.samordna.core.survey.Survey;
import se.samordna.core.survey.SurveyImport;
import se.samordna.core.survey.SurveyItem;

/**
 * Reading answers from a file (CSV or XLSX from a web survey tool): what each column holds (guessed,
 * changeable), a preview listing every bad row with the reason, and an import that is all or nothing.
 */
public final class SurveyImportViewModel {

    /** One column of the file: its heading, a few example values, and what it holds. */
    public static final class Column {
        private final String header;
        private final String examples;
        private final ObjectProperty<SurveyImport.Target> target;

        Column(String header, String examples, SurveyImport.Target target) {
            this.header = header;
            this.examples = examples;
            this.target = new SimpleObjectProperty<>(this, "target", target);
        }

        public String header() {
            return header;
        }

        public String examples() {
            return examples;
        }

        public ObjectProperty<SurveyImport.Target> targetProperty() {
            return target;
        }
    }

    private final SurveyViewModel survey;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper fileInfo = new ReadOnlyStringWrapper(this, "fileInfo", "");
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SurveyImport.Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private ImportTable table;
    private int generation;

    public SurveyImportViewModel(SurveyViewModel survey) {
        this.survey = survey;
        this.messages = survey.messages();
        survey.surveyProperty().addListener((obs, old, value) -> {
            if (old != null && value != null && old.id() != value.id()) {
                reset();
            }
        });
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileInfoProperty() {
        return fileInfo.getReadOnlyProperty();
    }

    public ObservableList<Column> columns() {
        return columns;
    }

    public ReadOnlyObjectProperty<SurveyImport.Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Everything a column can hold, for the choice beside it. */
    public List<SurveyImport.Target> targets() {
        List<SurveyImport.Target> all = new ArrayList<>();
        all.add(SurveyImport.Target.IGNORE);
        for (SurveyImport.Kind kind : List.of(SurveyImport.Kind.FORM_NUMBER, SurveyImport.Kind.LANGUAGE,
                SurveyImport.Kind.GENDER, SurveyImport.Kind.RELATION, SurveyImport.Kind.PARTS)) {
            all.add(SurveyImport.Target.of(kind));
        }
        for (PartUsed part : PartUsed.values()) {
            all.add(new SurveyImport.Target(SurveyImport.Kind.PART, null, part));
        }
        all.add(SurveyImport.Target.of(SurveyImport.Kind.OPEN_ANSWER));
        if (survey.survey() != null) {
            survey.survey().items().forEach(item -> all.add(SurveyImport.Target.item(item.key())));
        }
        return all;
    }

    public String describe(SurveyImport.Target target) {
        if (target == null) {
            return "";
        }
        return switch (target.kind()) {
            case ITEM -> survey.survey() == null ? target.itemKey() : survey.survey().item(target.itemKey())
                    .map(this::itemLabel).orElse(target.itemKey());
            case PART -> messages.get("survey.import.target.PART", messages.label(target.part()));
            default -> messages.get("survey.import.target." + target.kind().name());
        };
    }

    private String itemLabel(SurveyItem item) {
        String text = item.text().length() > 60 ? item.text().substring(0, 57) + "…" : item.text();
        return messages.get("survey.import.target.ITEM", item.position(), text);
    }

    /**
     * Reads the file and guesses what its columns hold. The previous file's columns and check go at once:
     * if this file cannot be read, nothing of the other one is left on screen to be mistaken for it.
     */
    public void open(Path path) {
        Survey current = survey.survey();
        if (current == null) {
            return;
        }
        reset();
        int mine = generation;
        survey.runner().run(messages.get("task.readingFile"), p -> {
            ImportTable read = ImportTable.read(path);
            return new Read(read, SurveyImport.guess(read, current));
        }, read -> {
            if (mine != generation) {
                return; // another file was chosen meanwhile
            }
            table = read.table();
            file.set(path);
            fileInfo.set(messages.get("survey.import.fileInfo", path.getFileName().toString(), read.table().rows().size(),
                    read.table().headers().size(), read.table().description()));
            List<Column> found = new ArrayList<>();
            for (int i = 0; i < read.table().headers().size(); i++) {
                found.add(new Column(read.table().headers().get(i), examples(read.table(), i), read.targets().get(i)));
            }
            columns.setAll(found);
            columns.forEach(column -> column.targetProperty().addListener((obs, old, value) -> refreshPreview()));
            refreshPreview();
        });
    }

    private static String examples(ImportTable table, int column) {
        List<String> values = new ArrayList<>();
        for (List<String> row : table.rows()) {
            if (values.size() == 3) {
                break;
            }
            if (column < row.size() && !row.get(column).isBlank()) {
                values.add(row.get(column).length() > 30 ? row.get(column).substring(0, 29) + "…" : row.get(column));
            }
        }
        return String.join(" · ", values);
    }

    /** Reads every row with the chosen meanings; the newest request wins. */
    public void refreshPreview() {
        Survey current = survey.survey();
        if (table == null || current == null) {
            return;
        }
        int mine = ++generation;
        ImportTable source = table;
        List<SurveyImport.Target> targets = columns.stream().map(c -> c.targetProperty().get()).toList();
        Set<Integer> taken = new HashSet<>();
        for (Response response : survey.responses()) {
            taken.add(response.draft().formNumber());
        }
        int firstFree = survey.nextFormNumber();
        survey.runner().run(messages.get("task.checkingFile"),
                p -> SurveyImport.preview(source, targets, current, taken, firstFree), result -> {
                    if (mine != generation) {
                        return;
                    }
                    preview.set(result);
                    summary.set(result.importable()
                            ? messages.get("survey.import.ready", result.drafts().size(), result.rows())
                            : result.drafts().isEmpty() && result.errors().size() == 1 && result.errors().getFirst().row() <= 1
                            ? describe(result.errors().getFirst())
                            : messages.get("survey.import.hasErrors", result.rows(), badRows(result)));
                });
    }

    private static long badRows(SurveyImport.Preview result) {
        return result.errors().stream().mapToInt(SurveyImport.RowError::row).distinct().count();
    }

    /** One bad row in words: which row and column, the value, and what is wrong. */
    public String describe(SurveyImport.RowError error) {
        return messages.get(error.messageKey(), error.arguments().toArray());
    }

    public boolean importable() {
        return preview.get() != null && preview.get().importable();
    }

    /** Imports every previewed form in one transaction; {@code done} gets how many came in. */
    public void importNow(java.util.function.Consumer<Integer> done) {
        if (!importable()) {
            return;
        }
        survey.importForms(preview.get().drafts(), count -> {
            reset();
            done.accept(count);
        });
    }

    public void reset() {
        generation++;
        table = null;
        file.set(null);
        fileInfo.set("");
        columns.clear();
        preview.set(null);
        summary.set("");
    }

    private record Read(ImportTable table, List<SurveyImport.Target> targets) {
    }
}
