package se.samordna.core.workspace;

import java.time.Clock;
import java.util.List;

import se.samordna.core.agreement.AgreementSamples;
import se.samordna.core.agreement.AgreementService;
import se.samordna.core.centre.CentreService;
import se.samordna.core.goal.GoalService;
import se.samordna.core.reflection.ReflectionSamples;
import se.samordna.core.reflection.ReflectionService;
import se.samordna.core.report.ReportSamples;
import se.samordna.core.report.ReportService;
import se.samordna.core.survey.SurveySamples;
import se.samordna.core.survey.SurveyService;
import se.samordna.core.db.Backup;
import se.samordna.core.db.BackupService;
import se.samordna.core.db.Database;
import se.samordna.core.db.MetaStore;
import se.samordna.core.db.Schema;
import se.samordna.core.samples.ExampleData;

/**
 * A user's data folder, opened: the database migrated to this version (after a backup when an
 * older database is upgraded), and the core services over it. Built once at start-up.
 */
public final class Workspace implements AutoCloseable {
    public static final int BACKUPS_KEPT = 10;

    private final DataDirectory directory;
    private final Database database;
    private final BackupService backups;
    private final Schema.Outcome schemaOutcome;
    private final MetaStore meta;
    private final CentreService centres;
    private final AgreementService agreements;
    private final ReflectionService reflection;
    private final GoalService goals;
    private final SurveyService surveys;
    private final ReportService reports;
    private final ExampleData exampleData;
    private final Clock clock;

    private Workspace(DataDirectory directory, Database database, Clock clock) {
        this.directory = directory;
        this.database = database;
        this.clock = clock;
        this.backups = new BackupService(database, directory.backups(), clock, BACKUPS_KEPT);
        this.schemaOutcome = Schema.migrate(database, () -> backups.create(Backup.Reason.BEFORE_UPGRADE));
        this.meta = new MetaStore(database);
        this.centres = new CentreService(database);
        this.agreements = new AgreementService(database, centres, clock);
        this.reflection = new ReflectionService(database);
        this.goals = new GoalService(database);
        this.surveys = new SurveyService(database);
        this.reports = new ReportService(database, centres, surveys, reflection, goals, clock);
        centres.registerDocumentCounter("documents.agreements", AgreementService::countForCentre);
        centres.registerDocumentCounter("documents.workshops", ReflectionService::countForCentre);
        centres.registerDocumentCounter("documents.surveyForms", SurveyService::countForCentre);
        centres.registerDocumentCounter("documents.reports", ReportService::countForCentre);
        this.exampleData = new ExampleData(centres, agreements, reflection, goals, surveys, reports, meta, clock);
    }

    public static Workspace open(DataDirectory directory, Clock clock) {
        Database database = Database.open(directory.databaseBase());
        try {
            return new Workspace(directory, database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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

    public Schema.Outcome schemaOutcome() {
        return schemaOutcome;
    }

    public MetaStore meta() {
        return meta;
    }

    public CentreService centres() {
        return centres;
    }

    public AgreementService agreements() {
        return agreements;
    }

    public ReflectionService reflection() {
        return reflection;
    }

    public GoalService goals() {
        return goals;
    }

    public SurveyService surveys() {
        return surveys;
    }

    public ReportService reports() {
        return reports;
    }

    /** Everything that writes documents, for the --samples command. */
    List<SampleDocuments.Writer> sampleWriters() {
        return List.of((workspace, folder) -> AgreementSamples.write(agreements, centres, folder),
                (workspace, folder) -> ReflectionSamples.write(reflection, goals, centres, folder),
                (workspace, folder) -> SurveySamples.write(surveys, centres,
                        java.time.LocalDate.now(clock).getYear(), folder),
                (workspace, folder) -> ReportSamples.write(reports, centres, folder));
    }

    public ExampleData exampleData() {
        return exampleData;
    }

    public Clock clock() {
        return clock;
    }

    /** Makes the on-exit backup, then closes the database. */
    public void closeWithBackup() {
        try {
            backups.create(Backup.Reason.ON_EXIT);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
