package se.samordna.app.home;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.context.WorkContext;
import se.samordna.app.feature.Destination;
import se.samordna.app.feature.Notice;
import se.samordna.app.feature.NoticeSource;
import se.samordna.app.i18n.Messages;
import se.samordna.app.centre.CentresFeature;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.Person;
import se.samordna.core.centre.Role;
import se.samordna.core.db.Backup;
import se.samordna.core.db.BackupService;

/** The home screen: the chosen centre at a glance, and what needs doing. */
public final class HomeViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Destination CENTRES = new Destination.Page(CentresFeature.SECTION);

    private final CentreService centres;
    private final BackupService backups;
    private final TaskRunner runner;
    private final Messages messages;
    private final WorkContext context;
    private final List<NoticeSource> sources;
    private final Consumer<Destination> navigator;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper(this, "facts", "");
    private final ReadOnlyStringWrapper roles = new ReadOnlyStringWrapper(this, "roles", "");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper(this, "lastBackup", "");
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();

    public HomeViewModel(CentreService centres, BackupService backups, TaskRunner runner, Messages messages,
                         WorkContext context, List<NoticeSource> sources, Consumer<Destination> navigator) {
        this.navigator = navigator;
        this.centres = centres;
        this.backups = backups;
        this.runner = runner;
        this.messages = messages;
        this.context = context;
        this.sources = sources; // read at each refresh: the features fill it once all are built
        context.centreProperty().addListener((obs, old, value) -> refresh());
        context.yearProperty().addListener((obs, old, value) -> refresh());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rolesProperty() {
        return roles.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    public ObservableList<Notice> notices() {
        return notices;
    }

    /** Goes to the work a notice names (clicked, or Enter on it). */
    public void open(Notice notice) {
        if (notice.destination() != null) {
            navigator.accept(notice.destination());
        }
    }

    public void refresh() {
        CentreSummary summary = context.centre();
        int year = context.year();
        runner.run(messages.get("task.loadingHome"), p -> load(summary, year), this::show);
    }

    private Snapshot load(CentreSummary summary, int year) {
        List<Backup> all = backups.list();
        String backup = !backups.isLocal() ? messages.get("home.backup.server")
                : all.isEmpty() ? messages.get("home.backup.none")
                : messages.get("home.backup.last", WHEN.format(all.getFirst().createdAt()),
                messages.label(all.getFirst().reason()));
        if (summary == null) {
            return new Snapshot(null, year, List.of(new Notice(Notice.Level.INFO, messages.get("home.noCentres"),
                    CENTRES)), backup);
        }
        Centre centre = centres.get(summary.id());
        List<Notice> found = new ArrayList<>(ownNotices(centre));
        // Each part reads its own tables: on a laptop's two cores, side by side (the order stays the sidebar's).
        found.addAll(sources.parallelStream().flatMap(source -> source.noticesFor(centre, year).stream()).toList());
        found.sort(java.util.Comparator.comparing(Notice::level));
        return new Snapshot(centre, year, found, backup);
    }

    private List<Notice> ownNotices(Centre centre) {
        List<Notice> found = new ArrayList<>();
        if (centre.peopleIn(Role.SAMORDNARE).isEmpty()) {
            found.add(new Notice(Notice.Level.DUE, messages.get("home.notice.noCoordinator"), CENTRES));
        }
        if (centre.peopleIn(Role.LEDNINGSGRUPP).isEmpty()) {
            found.add(new Notice(Notice.Level.DUE, messages.get("home.notice.noLeadership"), CENTRES));
        }
        List<String> missing = Part.coreParts().stream().filter(p -> !centre.details().parts().contains(p))
                .map(messages::label).toList();
        if (!missing.isEmpty()) {
            found.add(new Notice(Notice.Level.INFO, messages.get("home.notice.missingParts",
                    String.join(", ", missing)), CENTRES));
        }
        return found;
    }

    private void show(Snapshot snapshot) {
        lastBackup.set(snapshot.lastBackup());
        notices.setAll(snapshot.notices());
        Centre centre = snapshot.centre();
        if (centre == null) {
            title.set(messages.get("home.welcome"));
            subtitle.set("");
            facts.set("");
            roles.set("");
            return;
        }
        title.set(centre.name());
        subtitle.set(messages.get("home.subtitle", messages.label(centre.details().kind()),
                centre.details().municipality(), String.valueOf(snapshot.year())));
        List<String> lines = new ArrayList<>();
        if (!centre.details().region().isEmpty()) {
            lines.add(messages.get("home.region", centre.details().region()));
        }
        if (!centre.details().catchmentArea().isEmpty()) {
            lines.add(messages.get("home.catchment", centre.details().catchmentArea()));
        }
        String parts = centre.details().parts().stream().sorted().map(messages::label)
                .collect(Collectors.joining(", "));
        lines.add(messages.get("home.parts", parts.isEmpty() ? messages.get("home.none") : parts));
        facts.set(String.join("\n", lines));
        List<String> roleLines = new ArrayList<>();
        for (Role role : Role.values()) {
            List<Person> people = centre.peopleIn(role);
            String names = people.isEmpty() ? messages.get("home.none")
                    : people.stream().map(p -> p.details().title().isEmpty() ? p.name()
                    : messages.get("home.nameWithTitle", p.name(), p.details().title()))
                    .collect(Collectors.joining("; "));
            roleLines.add(messages.label(role) + ": " + names);
        }
        roles.set(String.join("\n", roleLines));
    }

    private record Snapshot(Centre centre, int year, List<Notice> notices, String lastBackup) {
    }
}
