package se.samordna.core.durability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.reflection.Rating;
import se.samordna.core.reflection.Statement;
import se.samordna.core.reflection.Workshop;
import se.samordna.core.reflection.WorkshopDetails;
import se.samordna.core.survey.ResponseDraft;
import se.samordna.core.survey.Survey;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * The process a crash test kills: opens a data folder through the real workspace, makes N saves
 * through the real services and prints "CONFIRMED i" after each has returned (the moment the
 * screen would confirm it), then waits to be killed. Also builds the data folders the tests start from.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory data = new DataDirectory(Path.of(args[0]));
        String mode = args[1];
        if (mode.equals("examples")) {
            // What the first start does, then Arkiv › Avsluta: example data, exit backup, close.
            Workspace workspace = Workspace.open(data, Clock.systemDefaultZone());
            workspace.exampleData().create();
            workspace.closeWithBackup();
            return;
        }
        if (mode.equals("examples-then-crash")) {
            Workspace workspace = Workspace.open(data, Clock.systemDefaultZone());
            workspace.exampleData().create();
            System.out.println("CONFIRMED 0");
            System.out.flush();
            Thread.sleep(600_000);
            return;
        }
        int saves = Integer.parseInt(args[2]);
        Workspace workspace = Workspace.open(data, Clock.systemDefaultZone());
        if (args.length > 3) {
            // A session that has run a while: H2 frees the space of chunks dead longer than its
            // retention time (45 s), which is where 0.1.0's lost edits were written.
            Thread.sleep(Long.parseLong(args[3]));
        }
        CentreSummary centre = workspace.centres().list().isEmpty()
                ? workspace.centres().create(CentreDetails.newCentre("Familjecentralen Krasch", "Östersund", "")).summary()
                : workspace.centres().list().getFirst();
        switch (mode) {
            case "centres" -> {
                for (int i = 1; i <= saves; i++) {
                    workspace.centres().create(CentreDetails.newCentre("Kraschtest " + i, "Krokom", ""));
                    confirmed(i);
                }
            }
            case "ratings" -> {
                Workshop workshop = workspace.reflection().start(centre.id(),
                        new WorkshopDetails(2031, LocalDate.of(2031, 1, 15), 1, "Kurator"));
                var statements = workspace.reflection().statementsFor(centre.id());
                for (int i = 1; i <= saves; i++) {
                    Statement statement = statements.get(i - 1);
                    workspace.reflection().rate(workshop.id(), 1, statement.key(), Rating.of(1 + i % 6));
                    confirmed(i);
                }
            }
            case "forms" -> {
                Survey survey = workspace.surveys().forYear(centre.id(), 2031);
                for (int i = 1; i <= saves; i++) {
                    workspace.surveys().addResponse(survey.id(),
                            new ResponseDraft(9000 + i, "sv", null, null, Set.of(), "",
                                    Map.of(survey.items().getFirst().key(), se.samordna.core.survey.Answer.MYCKET_BRA)));
                    confirmed(i);
                }
            }
            default -> throw new IllegalArgumentException(mode);
        }
        Thread.sleep(600_000);
    }

    private static void confirmed(int i) {
        System.out.println("CONFIRMED " + i);
        System.out.flush();
    }
}
