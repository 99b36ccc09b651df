package se.samordna.core.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import se.samordna.core.access.AccessService;
import se.samordna.core.agreement.AgreementCapability;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.audit.AuditService;
import se.samordna.core.capability.Capability;
import se.samordna.core.capability.PackagePart;
import se.samordna.core.yearpackage.YearPackageExport;
import se.samordna.core.yearpackage.YearPackageImport;
import se.samordna.core.capability.Services;
import se.samordna.core.centre.CentreService;
import se.samordna.core.goal.GoalCapability;
import se.samordna.core.goal.GoalService;
import se.samordna.core.reflection.ReflectionCapability;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.overview.OverviewCapability;
import se.samordna.core.plan.PlanCapability;
import se.samordna.core.report.ReportCapability;
import se.samordna.core.report.ReportService;
import se.samordna.core.survey.SurveyCapability;
import se.samordna.core.survey.SurveyService;
import se.samordna.core.wheel.WheelCapability;
import se.samordna.core.db.Backup;
import se.samordna.core.db.BackupService;
import se.samordna.core.db.Database;
import se.samordna.core.db.H2Database;
import se.samordna.core.db.ServerDatabase;
import se.samordna.core.db.DatabaseProblem;
import se.samordna.core.db.MetaStore;
import se.samordna.core.db.ProtectionService;
import se.samordna.core.security.DataKey;
import se.samordna.core.security.KeyFile;
import se.samordna.core.security.PrivateFiles;
import se.samordna.core.db.Schema;
import se.samordna.core.samples.ExampleData;

/**
 * A user's data folder, opened: the database migrated to this version (after a backup when an
 * older database is upgraded), and the core services over it. Built once at start-up.
 */
public final class Workspace implements AutoCloseable {
    public static final int BACKUPS_KEPT = 10;

    /**
     * The capabilities, in the order they are built (each may use the services of those before it),
     * their example data is made and their samples are written. A new capability is one line here.
     */
    public static final List<Capability.Factory> CAPABILITIES = List.of(
            GoalCapability::new,
            AgreementCapability::new,
            ReflectionCapability::new,
            SurveyCapability::new,
            ReportCapability::new,
            PlanCapability::new,
            WheelCapability::new,
            OverviewCapability::new);

    private final DataDirectory directory;
    private final Database database;
    private final BackupService backups;
    private final ProtectionService protection;
    private final Schema.Outcome schemaOutcome;
    private final MetaStore meta;
    private final CentreService centres;
    private final AccessService access;
    private final Services services;
    private final List<Capability> capabilities;
    private final ExampleData exampleData;
    private final Clock clock;
    private final YearPackageExport packageExport;
    private final YearPackageImport packageImport;

    private Workspace(DataDirectory directory, Database database, Schema.Outcome outcome, Clock clock) {
        this.directory = directory;
        this.database = database;
        this.clock = clock;
        database.useClock(clock);
        this.backups = database instanceof H2Database file ? backupsOf(directory, file, clock)
                : BackupService.onServer(directory.backups(), clock);
        // On the server the data is protected by the server (and TLS), not by a key on this computer.
        this.protection = new ProtectionService(database instanceof H2Database file ? file : null, backups);
        this.schemaOutcome = outcome;
        this.meta = new MetaStore(database);
        this.services = new Services(database, clock);
        this.centres = services.add(CentreService.class, new CentreService(database));
        services.add(AuditService.class, new AuditService(database));
        this.access = services.add(AccessService.class, new AccessService(database, clock));
        this.capabilities = CAPABILITIES.stream().map(factory -> factory.create(services)).toList();
        for (Capability capability : capabilities) {
            capability.documentCounters().forEach((kind, counter) -> centres.registerDocumentCounter(kind,
                    counter::count));
        }
        this.exampleData = new ExampleData(centres, capabilities, meta, clock);
        List<PackagePart> parts = capabilities.stream().flatMap(c -> c.packagePart().stream()).toList();
        this.packageExport = new YearPackageExport(database, parts, clock, appVersion());
        this.packageImport = new YearPackageImport(database, backups, parts, clock);
    }

    private static String appVersion() {
        return Optional.ofNullable(Workspace.class.getPackage().getImplementationVersion()).orElse("");
    }

    /** Writes a centre's year as a year package. */
    public YearPackageExport yearPackageExport() {
        return packageExport;
    }

    /** Checks, compares and imports year packages, and lists earlier imports. */
    public YearPackageImport yearPackageImport() {
        return packageImport;
    }

    /**
     * Opens the data folder: the database is checked before anything is written to it, and a
     * {@link DatabaseProblem} thrown when it cannot be trusted (see {@link #rescue}).
     */
    public static Workspace open(DataDirectory directory, Clock clock) {
        return open(directory, clock, null);
    }

    /**
     * As {@link #open(DataDirectory, Clock)} for a password-protected database: {@code key} was unlocked
     * from its {@link #keysNeeded key file} by the password or the recovery code (null: a plain database).
     */
    public static Workspace open(DataDirectory directory, Clock clock, DataKey key) {
        PrivateFiles.restrictTree(directory.root());
        boolean hadBackups = backupsOf(directory, null, clock).hasBackups();
        H2Database.Opened opened = H2Database.openChecked(directory.databaseBase(), key, hadBackups,
                db -> backupsOf(directory, db, clock).create(Backup.Reason.BEFORE_UPGRADE));
        Workspace workspace;
        try {
            workspace = new Workspace(directory, opened.database(), opened.outcome(), clock);
        } catch (RuntimeException e) {
            opened.database().abandon();
            throw e;
        }
        try {
            workspace.protection.finishInterruptedSwitch();
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(Workspace.class.getName()).warning(
                    "Backups left plain by an interrupted switch stay so for now (" + e.getClass().getSimpleName() + ")");
        }
        return workspace;
    }

    /**
     * Before opening: the key file whose password or recovery code the database needs, or empty for a
     * plain database (see {@link ProtectionService#keysNeeded}).
     */
    public static Optional<KeyFile> keysNeeded(DataDirectory directory) {
        return ProtectionService.keysNeeded(directory.databaseBase());
    }

    /** The newest verified backup of a data folder, read without opening its database. */
    public static Optional<Backup> newestBackup(DataDirectory directory) {
        return backupsOf(directory, null, Clock.systemDefaultZone()).newest();
    }

    /**
     * After a {@link DatabaseProblem}: moves the database file aside (never deletes it) and builds a
     * new one from {@code backup}. Returns where the old file was put, if there was one.
     */
    public static Optional<Path> rescue(DataDirectory directory, Backup backup, Clock clock) {
        return rescue(directory, backup, clock, null);
    }

    /** As {@link #rescue(DataDirectory, Backup, Clock)} in a protected folder, with its unlocked key. */
    public static Optional<Path> rescue(DataDirectory directory, Backup backup, Clock clock, DataKey key) {
        return BackupService.rescue(backup.file(), directory.databaseBase(), directory.root().resolve("tmp"), clock, key);
    }

    /** After a {@link DatabaseProblem} of kind MISSING, the user's choice to start anew: an empty database. */
    public static void startEmpty(DataDirectory directory) {
        H2Database.createEmpty(directory.databaseBase());
    }

    /**
     * Opens the shared server (Inställningar › Databas): brings its schema up to this version when it
     * is older (as a user allowed to), and the same services over it. {@code directory} still holds
     * this computer's settings, logs and temporary files; the data is on the server.
     */
    public static Workspace openServer(DataDirectory directory, ServerDatabase database, Clock clock) {
        try {
            Schema.Outcome outcome = Schema.migrate(database, () -> { });
            return new Workspace(directory, database, outcome, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static BackupService backupsOf(DataDirectory directory, H2Database database, Clock clock) {
        return new BackupService(database, directory.backups(), clock, BACKUPS_KEPT,
                Optional.ofNullable(Workspace.class.getPackage().getImplementationVersion()).orElse(""));
    }

    public DataDirectory directory() {
        return directory;
    }

    public Database database() {
        return database;
    }

    public BackupService backups() {
        return backups;
    }

    /** Password protection of the database and its backups. */
    public ProtectionService protection() {
        return protection;
    }

    public Schema.Outcome schemaOutcome() {
        return schemaOutcome;
    }

    public MetaStore meta() {
        return meta;
    }

    /** Who may see and edit which centre (on the county server; everything on this computer's file). */
    public AccessService access() {
        return access;
    }

    public CentreService centres() {
        return centres;
    }

    /** The service of that type, as a capability added it. */
    public <T> T service(Class<T> type) {
        return services.get(type);
    }

    public List<Capability> capabilities() {
        return capabilities;
    }

    public AgreementService agreements() {
        return service(AgreementService.class);
    }

    public ReflectionService reflection() {
        return service(ReflectionService.class);
    }

    public GoalService goals() {
        return service(GoalService.class);
    }

    public SurveyService surveys() {
        return service(SurveyService.class);
    }

    public ReportService reports() {
        return service(ReportService.class);
    }

    /** Who changed what and when (on the shared server). */
    public AuditService audit() {
        return service(AuditService.class);
    }

    public ExampleData exampleData() {
        return exampleData;
    }

    public Clock clock() {
        return clock;
    }

    /** Makes the on-exit backup when anything changed since the newest backup, then closes the database. */
    public void closeWithBackup() {
        try {
            if (backups.isLocal()) {
                backups.createIfChanged(Backup.Reason.ON_EXIT);
            }
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        database.close();
        // What closing wrote (the record of a clean close, a compacted file) is the user's alone too.
        PrivateFiles.restrictTree(directory.root());
    }
}
