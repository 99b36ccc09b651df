package se.samordna.core.reflection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jooq.DSLContext;

import se.samordna.core.common.FieldError;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.db.Database;

/**
 * Self-reflection workshops, run in the five steps of Bilaga 5. Every rating and comment is its own
 * transaction, stored the moment it is given, so a crash or a closed lid loses nothing.
 */
public final class ReflectionService {
    public static final String FIELD_PARTICIPANTS = "participants";
    public static final String FIELD_HELD_ON = "heldOn";
    public static final String FIELD_PROFESSIONS = "professions";
    public static final String FIELD_YEAR = "year";
    public static final int RATING_NOTE_MAX = 1000;

    private final Database database;

    public ReflectionService(Database database) {
        this.database = database;
    }

    public static int countForCentre(DSLContext ctx, long centreId) {
        return new ReflectionStore(ctx, null).countForCentre(centreId);
    }

    // --- the instrument ---

    /** The 30 standard statements and the centre's own, in the order of the form (own last in their area). */
    public List<Statement> statementsFor(long centreId) {
        List<OwnStatement> own = read(store -> store.ownStatements(centreId));
        List<Statement> all = new ArrayList<>();
        for (Area area : Area.values()) {
            Instrument.standard().stream().filter(s -> s.area() == area).forEach(all::add);
            own.stream().filter(s -> s.area() == area).map(OwnStatement::asStatement).forEach(all::add);
        }
        return all;
    }

    public List<OwnStatement> ownStatements(long centreId) {
        return read(store -> store.ownStatements(centreId));
    }

    public OwnStatement addOwnStatement(long centreId, Area area, String title, String text) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required("title", title, Statement.TITLE_MAX, errors);
        TextRules.required("text", text, Statement.TEXT_MAX, errors);
        throwIfInvalid(errors);
        return write(store -> {
            long id = store.insertOwn(centreId, area, TextRules.clean(title), TextRules.clean(text));
            return store.ownStatements(centreId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        });
    }

    /** Leaves an own statement out of future workshops; earlier workshops keep it in their results. */
    public void removeOwnStatement(long id) {
        write(store -> store.deactivateOwn(id));
    }

    // --- workshops ---

    public List<FieldError> validate(WorkshopDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (details.participants() < 1 || details.participants() > WorkshopDetails.MAX_PARTICIPANTS) {
            errors.add(FieldError.of(FIELD_PARTICIPANTS, "workshop.participantsRange", WorkshopDetails.MAX_PARTICIPANTS));
        }
        if (details.heldOn() == null) {
            errors.add(FieldError.of(FIELD_HELD_ON, TextRules.REQUIRED));
        } else if (details.heldOn().getYear() < 2000 || details.heldOn().getYear() > 2100) {
            errors.add(FieldError.of(FIELD_HELD_ON, "validation.dateRange", 2000, 2100));
        }
        if (details.year() < 2000 || details.year() > 2100) {
            errors.add(FieldError.of(FIELD_YEAR, "validation.yearRange", 2000, 2100));
        }
        TextRules.maxLength(FIELD_PROFESSIONS, details.professions(), WorkshopDetails.PROFESSIONS_MAX, errors);
        return errors;
    }

    /** Starts a workshop for the centre with its statements as they are today (frozen for this workshop). */
    public Workshop start(long centreId, WorkshopDetails details) {
        throwIfInvalid(validate(details));
        List<Statement> statements = statementsFor(centreId);
        return write(store -> {
            long id = store.insert(centreId, details);
            store.insertStatements(id, statements);
            return load(store, id);
        });
    }

    public List<WorkshopSummary> list(long centreId) {
        return read(store -> store.list(centreId));
    }

    public Workshop get(long id) {
        return read(store -> load(store, id));
    }

    /** The centre's workshops with their results, oldest first: the history a trend is drawn from. */
    public List<Workshop> history(long centreId) {
        return read(store -> store.list(centreId).stream()
                .sorted(Comparator.comparing(WorkshopSummary::heldOn).thenComparingLong(WorkshopSummary::id))
                .map(summary -> load(store, summary.id())).toList());
    }

    public Workshop updateDetails(long id, WorkshopDetails details) {
        throwIfInvalid(validate(details));
        return write(store -> {
            open(store, id);
            if (store.highestRatedParticipant(id) > details.participants()) {
                throw new ValidationException(List.of(FieldError.of(FIELD_PARTICIPANTS,
                        "workshop.participantsHaveRatings", store.highestRatedParticipant(id))));
            }
            store.updateDetails(id, details);
            return load(store, id);
        });
    }

    /**
     * Step I: participant {@code participant}'s rating of a statement, stored at once; refused once
     * the participant has handed over.
     */
    public void rate(long workshopId, int participant, String key, Rating rating) {
        write(store -> {
            checkParticipant(store, workshopId, participant, key);
            String note = store.rating(workshopId, participant, key).map(IndividualRating::note).orElse("");
            store.putRating(workshopId, participant, key, rating, note);
            return null;
        });
    }

    /** Step I: many ratings at once (a whole paper form typed in), all or nothing. */
    public void rateAll(long workshopId, List<IndividualRating> ratings) {
        write(store -> {
            for (IndividualRating rating : ratings) {
                checkParticipant(store, workshopId, rating.participant(), rating.statementKey());
                store.putRating(workshopId, rating.participant(), rating.statementKey(), rating.rating(),
                        TextRules.clean(rating.note()));
            }
            return null;
        });
    }

    /** Step I: a participant's comment on a statement. */
    public void comment(long workshopId, int participant, String key, String note) {
        String clean = checkedNote(note, RATING_NOTE_MAX);
        write(store -> {
            checkParticipant(store, workshopId, participant, key);
            Rating rating = store.rating(workshopId, participant, key).map(IndividualRating::rating).orElse(Rating.NONE);
            store.putRating(workshopId, participant, key, rating, clean);
            return null;
        });
    }

    /** Step III: the group's agreed rating. */
    public void agree(long workshopId, String key, Rating rating) {
        updateAgreed(workshopId, key, a -> new AgreedRating(key, rating, a.note(), a.improvement()));
    }

    /** Step III: the group's comment. */
    public void agreeNote(long workshopId, String key, String note) {
        String clean = checkedNote(note, AgreedRating.NOTE_MAX);
        updateAgreed(workshopId, key, a -> new AgreedRating(key, a.rating(), clean, a.improvement()));
    }

    /** Step IV: marks (or unmarks) a statement as an area to improve. */
    public void markImprovement(long workshopId, String key, boolean improvement) {
        updateAgreed(workshopId, key, a -> new AgreedRating(key, a.rating(), a.note(), improvement));
    }

    /** Remembers the step the workshop is at, so it resumes there. */
    public void goTo(long workshopId, int step) {
        if (step < 1 || step > 5) {
            throw new IllegalArgumentException("step " + step);
        }
        write(store -> {
            store.status(workshopId).orElseThrow(() -> new NotFoundException("workshop", workshopId));
            store.setStep(workshopId, step);
            return null;
        });
    }

    /**
     * Step I: participants 1 to {@code participant} have handed the laptop on. From now on their
     * ratings are behind the wall: they cannot be changed, and the screen never shows them one by
     * one again. The wall only moves forward; handing over everyone ends step I.
     */
    public Workshop handOver(long workshopId, int participant) {
        return write(store -> {
            open(store, workshopId);
            int participants = store.participantsAndStep(workshopId).orElseThrow()[0];
            if (participant < 1 || participant > participants) {
                throw new UserFacingException("workshop.noSuchParticipant", participant, participants);
            }
            store.handOver(workshopId, participant);
            return load(store, workshopId);
        });
    }

    /** Step V: when and how the goals are followed up. */
    public Workshop setFollowUp(long workshopId, FollowUp followUp) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.maxLength("followUpNote", followUp.note(), FollowUp.NOTE_MAX, errors);
        if (followUp.date() != null && (followUp.date().getYear() < 2000 || followUp.date().getYear() > 2100)) {
            errors.add(FieldError.of("followUpDate", "validation.dateRange", 2000, 2100));
        }
        throwIfInvalid(errors);
        return write(store -> {
            open(store, workshopId);
            store.setFollowUp(workshopId, followUp);
            return load(store, workshopId);
        });
    }

    /** Closes the workshop; step I is over for everyone, so all are behind the wall. */
    public Workshop finish(long workshopId) {
        return write(store -> {
            open(store, workshopId);
            store.handOver(workshopId, store.participantsAndStep(workshopId).orElseThrow()[0]);
            store.setStatus(workshopId, WorkshopStatus.AVSLUTAD);
            return load(store, workshopId);
        });
    }

    public Workshop reopen(long workshopId) {
        return write(store -> {
            load(store, workshopId);
            store.setStatus(workshopId, WorkshopStatus.PAGAENDE);
            return load(store, workshopId);
        });
    }

    public void delete(long workshopId) {
        write(store -> {
            if (!store.delete(workshopId)) {
                throw new NotFoundException("workshop", workshopId);
            }
            return null;
        });
    }

    // --- internals ---

    private void updateAgreed(long workshopId, String key, java.util.function.UnaryOperator<AgreedRating> change) {
        write(store -> {
            open(store, workshopId);
            if (!store.hasStatement(workshopId, key)) {
                throw new NotFoundException("statement", 0);
            }
            AgreedRating current = store.agreed(workshopId, key).orElse(new AgreedRating(key, Rating.NONE, "", false));
            store.putAgreed(workshopId, change.apply(current));
            return null;
        });
    }

    private static void checkParticipant(ReflectionStore store, long workshopId, int participant, String key) {
        open(store, workshopId);
        int participants = store.participantsAndStep(workshopId).orElseThrow()[0];
        if (participant < 1 || participant > participants) {
            throw new UserFacingException("workshop.noSuchParticipant", participant, participants);
        }
        if (participant <= store.handedOver(workshopId)) {
            throw new UserFacingException("workshop.handedOver", participant);
        }
        if (!store.hasStatement(workshopId, key)) {
            throw new NotFoundException("statement", 0);
        }
    }

    private static String checkedNote(String note, int max) {
        String clean = TextRules.clean(note);
        List<FieldError> errors = new ArrayList<>();
        TextRules.maxLength("note", clean, max, errors);
        throwIfInvalid(errors);
        return clean;
    }

    private static void open(ReflectionStore store, long workshopId) {
        WorkshopStatus status = store.status(workshopId).orElseThrow(() -> new NotFoundException("workshop", workshopId));
        if (status == WorkshopStatus.AVSLUTAD) {
            throw new UserFacingException("workshop.closed");
        }
    }

    private static Workshop load(ReflectionStore store, long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("workshop", id));
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * For several centres and years at once, the year's workshop (the finished one, else the latest held)
     * and its agreed averages per area as {@link ReflectionMath#areaAverages} computes them: two queries.
     */
    public List<YearAverages> agreedAverages(java.util.Collection<Long> centreIds, java.util.Collection<Integer> years) {
        if (centreIds.isEmpty() || years.isEmpty()) {
            return List.of();
        }
        return read(store -> {
            Map<String, WorkshopSummary> chosen = new java.util.HashMap<>();
            Comparator<WorkshopSummary> better = Comparator.comparing((WorkshopSummary w) -> w.status() == WorkshopStatus.AVSLUTAD)
                    .thenComparing(WorkshopSummary::heldOn).thenComparingLong(WorkshopSummary::id);
            for (WorkshopSummary w : store.listFor(centreIds, years)) {
                chosen.merge(w.centreId() + ":" + w.year(), w, (a, b) -> better.compare(a, b) >= 0 ? a : b);
            }
            Map<Long, Map<Area, int[]>> sums = store.agreedSums(chosen.values().stream().map(WorkshopSummary::id).toList());
            return chosen.values().stream().map(w -> {
                Map<Area, Double> averages = new java.util.EnumMap<>(Area.class);
                Map<Area, Integer> rated = new java.util.EnumMap<>(Area.class);
                sums.getOrDefault(w.id(), Map.of()).forEach((area, sumCount) -> {
                    if (sumCount[1] > 0) {
                        averages.put(area, (double) sumCount[0] / sumCount[1]);
                        rated.put(area, sumCount[1]);
                    }
                });
                return new YearAverages(w, averages, rated);
            }).toList();
        });
    }

    /** A centre's workshop of a year with its agreed averages per area and how many agreed ratings each is built from. */
    public record YearAverages(WorkshopSummary workshop, Map<Area, Double> averages, Map<Area, Integer> rated) {
        public YearAverages {
            averages = Map.copyOf(averages);
            rated = Map.copyOf(rated);
        }
    }

    private <T> T read(Function<ReflectionStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new ReflectionStore(ctx, database)));
    }

    private <T> T write(Function<ReflectionStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new ReflectionStore(ctx, database)));
    }
}
