package se.samordna.app.yearpackage;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.workspace.Workspace;
import se.samordna.core.yearpackage.ImportLogEntry;
import se.samordna.core.yearpackage.ImportPreview;
import se.samordna.core.yearpackage.ImportPreview.RecordPreview;
import se.samordna.core.yearpackage.ImportResult;
import se.samordna.core.yearpackage.YearPackageExport;

/**
 * Export and import of year packages from the Arkiv menu: the work runs off the FX thread; the texts the
 * preview dialog and the summaries show are made here.
 */
public final class YearPackageViewModel {
    private static final java.util.regex.Pattern TIMESTAMP =
            java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The records of one kind in a package: how many are new, the same, changed, and the changed ones. */
    public record KindGroup(String table, String kind, long added, long same, List<RecordPreview> changed) {
    }

    private final Workspace workspace;
    private final TaskRunner runner;
    private final Messages messages;

    public YearPackageViewModel(Workspace workspace, TaskRunner runner, Messages messages) {
        this.workspace = workspace;
        this.runner = runner;
        this.messages = messages;
    }

    public String suggestedName(CentreSummary centre, int year) {
        return YearPackageExport.fileName(centre.name(), year);
    }

    /** Writes the package and hands back the text saying where it went. */
    public void export(CentreSummary centre, int year, Path file, Consumer<String> done) {
        runner.run(messages.get("task.exportingPackage"), p -> {
            workspace.yearPackageExport().export(centre.id(), year, file);
            return file;
        }, written -> done.accept(messages.get("yearPackage.export.done", centre.name(), year, written.toString())));
    }

    /** Reads and checks the package; a refused one goes to the runner's error dialog with its message. */
    public void preview(Path file, Consumer<ImportPreview> done) {
        runner.run(messages.get("task.readingPackage"), p -> workspace.yearPackageImport().preview(file), done);
    }

    /** Imports, taking the changed records in {@code taken}; hands back the summary to show. */
    public void apply(ImportPreview preview, Set<UUID> taken, Consumer<String> done) {
        String who = System.getProperty("user.name", "");
        runner.run(messages.get("task.importingPackage"),
                p -> workspace.yearPackageImport().apply(preview, taken, who), result -> done.accept(summary(result)));
    }

    public String summary(ImportResult result) {
        if (result.added() + result.taken() == 0) {
            return messages.get("yearPackage.doneNothing", result.unchanged(), result.kept());
        }
        // On the shared server no backup is made first (the server's own backups stand behind it).
        return result.backup()
                .map(b -> messages.get("yearPackage.done", result.added(), result.taken(), result.kept(),
                        result.unchanged(), b.file().getFileName().toString()))
                .orElseGet(() -> messages.get("yearPackage.doneOnServer", result.added(), result.taken(),
                        result.kept(), result.unchanged()));
    }

    public String header(ImportPreview preview) {
        var m = preview.manifest();
        return messages.get("yearPackage.preview.header", m.centreName(), m.year(), WHEN.format(m.writtenAt()),
                m.appVersion().isBlank() ? "–" : m.appVersion());
    }

    public String centreLine(ImportPreview preview) {
        return messages.get(preview.centreExists() ? "yearPackage.preview.centreExists"
                : "yearPackage.preview.centreNew");
    }

    /** The records by kind, in the package's order. */
    public List<KindGroup> groups(ImportPreview preview) {
        Map<String, List<RecordPreview>> byTable = new LinkedHashMap<>();
        for (RecordPreview r : preview.records()) {
            byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r);
        }
        List<KindGroup> groups = new ArrayList<>();
        byTable.forEach((table, records) -> groups.add(new KindGroup(table, kindName(table),
                records.stream().filter(r -> r.state() == ImportPreview.State.NEW).count(),
                records.stream().filter(r -> r.state() == ImportPreview.State.SAME).count(),
                records.stream().filter(r -> r.state() == ImportPreview.State.CHANGED).toList())));
        return groups;
    }

    public String kindName(String table) {
        return RecordKind.of(table).map(messages::label).orElse(table);
    }

    public String counts(KindGroup group) {
        return messages.get("yearPackage.preview.counts", group.added(), group.same(), group.changed().size());
    }

    public String state(ImportPreview.State state) {
        return messages.label(state);
    }

    /** A field's value for the side-by-side view: empty shown as a dash, a time to the second. */
    public String value(String value) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        return TIMESTAMP.matcher(value).matches() ? value.substring(0, 19).replace('T', ' ') : value;
    }

    /** A field by its name in the window ("Upptagningsområde"), or its column name made readable. */
    public String fieldName(String field) {
        String key = "yearPackage.field." + field;
        return messages.has(key) ? messages.get(key) : field.replace('_', ' ');
    }

    public void loadLog(Consumer<List<String>> done) {
        runner.run(messages.get("task.loadingHome"), p -> workspace.yearPackageImport().log(),
                entries -> done.accept(entries.stream().map(this::logLine).toList()));
    }

    private String logLine(ImportLogEntry e) {
        return messages.get("yearPackage.log.line", WHEN.format(e.at()), e.by(), e.fileName(),
                e.centreName() + " " + e.year(), e.backupName()) + " "
                + messages.get("yearPackage.log.counts", e.added(), e.taken(), e.kept());
    }
}
