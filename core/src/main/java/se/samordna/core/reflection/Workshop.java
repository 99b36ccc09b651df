package se.samordna.core.reflection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A self-reflection workshop with everything said in it. {@code handedOver} counts the participants
 * who have handed the laptop on in step I: their ratings are behind the wall, shown only in the spread.
 */
public record Workshop(
        long id,
        long centreId,
        WorkshopDetails details,
        WorkshopStatus status,
        int step,
        int handedOver,
        FollowUp followUp,
        List<Statement> statements,
        List<IndividualRating> ratings,
        Map<String, AgreedRating> agreed) {

    public Workshop {
        statements = List.copyOf(statements);
        ratings = List.copyOf(ratings);
        agreed = Map.copyOf(agreed);
    }

    public int participants() {
        return details.participants();
    }

    /** True once participant {@code number} has handed over: their own ratings are not shown again. */
    public boolean hasHandedOver(int number) {
        return number <= handedOver;
    }

    /** True when every participant has handed over: step I is over. */
    public boolean everyoneHasHandedOver() {
        return handedOver >= participants();
    }

    /** The participant whose turn it is in step I (the first who has not handed over), if any. */
    public OptionalInt atTheLaptop() {
        return everyoneHasHandedOver() ? OptionalInt.empty() : OptionalInt.of(handedOver + 1);
    }

    public Optional<Statement> statement(String key) {
        return statements.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Participant {@code number}'s rating of a statement, or {@link Rating#NONE}. */
    public IndividualRating rating(int participant, String key) {
        return ratings.stream().filter(r -> r.participant() == participant && r.statementKey().equals(key))
                .findFirst().orElse(new IndividualRating(participant, key, Rating.NONE, ""));
    }

    public AgreedRating agreed(String key) {
        return agreed.getOrDefault(key, new AgreedRating(key, Rating.NONE, "", false));
    }

    /** How many participants have answered every statement. */
    public int participantsDone() {
        int done = 0;
        for (int participant = 1; participant <= participants(); participant++) {
            int p = participant;
            long answered = ratings.stream().filter(r -> r.participant() == p && r.rating().answered()).count();
            if (answered >= statements.size()) {
                done++;
            }
        }
        return done;
    }

    /** True when every participant has answered every statement: the dialogue may see the spread. */
    public boolean everyoneHasRated() {
        return participantsDone() == participants();
    }
}
