package se.samordna.core.reflection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import se.samordna.core.centre.Centre;
import se.samordna.core.goal.GoalDraft;
import se.samordna.core.goal.GoalService;
import se.samordna.core.goal.GoalSource;
import se.samordna.core.goal.YearGoal;

/**
 * Self-reflection workshops of two earlier years for an example centre: made-up but plausible
 * ratings by anonymous participants, the group's agreed view, improvement goals and follow-up.
 */
final class ExampleWorkshops {
    private static final Map<String, String> NOTES = Map.of(
            "S08", "Vi saknar en gemensam rutin för när vi erbjuder extra stöd kring anknytning.",
            "S14", "Språkcaféet på torsdagar har kommit igång men når få pappor.",
            "S28", "Nya medarbetare känner inte till samverkansavtalet.",
            "S03", "Förskolorna i området känner till oss, vårdcentralen mindre.",
            "S15", "Vi har få aktiviteter där familjer med olika bakgrund möts.",
            "S21", "Kuratorn är på öppna förskolan en förmiddag i veckan.");

    private final ReflectionService reflection;
    private final GoalService goals;

    ExampleWorkshops(ReflectionService reflection, GoalService goals) {
        this.reflection = reflection;
        this.goals = goals;
    }

    void create(Centre centre, LocalDate today, int participants, long seed, String professions) {
        Random random = new Random(seed);
        List<Statement> statements = reflection.statementsFor(centre.id());
        int[] level = new int[statements.size()];
        for (int i = 0; i < level.length; i++) {
            level[i] = 3 + random.nextInt(4);
        }
        List<String> improvedLastTime = List.of();
        for (int yearsAgo = 2; yearsAgo >= 1; yearsAgo--) {
            int year = today.getYear() - yearsAgo;
            Workshop workshop = reflection.start(centre.id(),
                    new WorkshopDetails(year, LocalDate.of(year, 12, 3 + random.nextInt(8)), participants, professions));
            List<IndividualRating> forms = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                String key = statements.get(i).key();
                int centreLevel = Math.min(6, level[i] + (improvedLastTime.contains(key) ? 1 : 0));
                for (int participant = 1; participant <= participants; participant++) {
                    forms.add(new IndividualRating(participant, key, rating(random, centreLevel, key), ""));
                }
            }
            reflection.rateAll(workshop.id(), forms);
            Workshop rated = reflection.get(workshop.id());
            for (Statement statement : statements) {
                StatementStats stats = ReflectionMath.stats(statement.key(), rated.ratings());
                Rating agreed = stats.median() == null ? Rating.CANNOT_ASSESS
                        : Rating.of((int) Math.round(Math.floor(stats.median())));
                reflection.agree(workshop.id(), statement.key(), agreed);
                String note = NOTES.get(statement.key());
                if (note != null && agreed.value() != null && agreed.value() <= 4) {
                    reflection.agreeNote(workshop.id(), statement.key(), note);
                }
            }
            List<Statement> lowest = lowestTwo(reflection.get(workshop.id()));
            for (Statement statement : lowest) {
                reflection.markImprovement(workshop.id(), statement.key(), true);
                YearGoal goal = goals.add(centre.id(), year + 1, GoalSource.SJALVREFLEKTION, workshop.id(),
                        statement.key(), goalFor(statement, year + 1));
                goals.setPrioritized(goal.id(), true);
            }
            improvedLastTime = lowest.stream().map(Statement::key).toList();
            reflection.setFollowUp(workshop.id(), new FollowUp(LocalDate.of(year + 1, 12, 1),
                    EnumSet.of(FollowUpMethod.SJALVREFLEKTION, FollowUpMethod.DOKUMENTATION),
                    "Målen följs upp på planeringsdagen i juni och i nästa självreflektion i december."));
            reflection.goTo(workshop.id(), 5);
            reflection.finish(workshop.id());
        }
    }

    private static Rating rating(Random random, int level, String key) {
        boolean healthCare = key.equals("S17") || key.equals("S18");
        if (random.nextInt(100) < (healthCare ? 25 : 3)) {
            return Rating.CANNOT_ASSESS;
        }
        int noise = random.nextInt(10) < 6 ? 0 : random.nextBoolean() ? 1 : -1;
        if (random.nextInt(20) == 0) {
            noise -= 2;
        }
        return Rating.of(Math.max(1, Math.min(6, level + noise)));
    }

    private static List<Statement> lowestTwo(Workshop workshop) {
        List<Statement> rated = new ArrayList<>(workshop.statements().stream()
                .filter(s -> workshop.agreed(s.key()).rating().value() != null).toList());
        rated.sort(Comparator.comparingInt((Statement s) -> workshop.agreed(s.key()).rating().value())
                .thenComparing(Statement::key));
        return rated.subList(0, Math.min(2, rated.size()));
    }

    private static GoalDraft goalFor(Statement statement, int year) {
        return new GoalDraft("Förbättra: " + statement.title() + " – " + statement.text(),
                "Gruppens gemensamma bedömning av påståendet i nästa självreflektion, och anteckningar från husmötena",
                "Minst 5 på skalan", "Samordnaren tillsammans med ledningsgruppen", LocalDate.of(year, 11, 30));
    }
}
