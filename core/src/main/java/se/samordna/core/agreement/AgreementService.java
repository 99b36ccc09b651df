package se.samordna.core.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.DSLContext;

import se.samordna.core.agreement.AgreementTemplate.TaskTemplate;
import se.samordna.core.agreement.AgreementTemplate.TemplateClause;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.Person;
import se.samordna.core.centre.Role;
import se.samordna.core.common.ChangedByOther;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.NotFoundException;
import se.samordna.core.common.TextRules;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.db.Database;

/**
 * Agreements from template to signed: every change one transaction; only drafts change; a signed
 * agreement changes only by a new version.
 */
public final class AgreementService {
    public static final String VALUE_COORDINATOR_NAME = "samordnare.namn";
    public static final String VALUE_COORDINATOR_TITLE = "samordnare.befattning";
    public static final String VALUE_COORDINATOR_ORGANISATION = "samordnare.organisation";
    public static final String REGION_PARTY = "Region Jämtland Härjedalen";
    /** A value written into a blank of the template: the column {@code agreement_value.value_text}. */
    public static final int VALUE_MAX = 500;
    /** Values frozen when an agreement is made ready are kept under this prefix beside the overrides. */
    private static final String FROZEN = "frozen.";

    private final Database database;
    private final CentreService centres;
    private final Clock clock;

    public AgreementService(Database database, CentreService centres, Clock clock) {
        this.database = database;
        this.centres = centres;
        this.clock = clock;
    }

    /** For the centre register: how many agreements a centre has. */
    public static int countForCentre(DSLContext ctx, long centreId) {
        return new AgreementStore(ctx, null).countForCentre(centreId);
    }

    public List<AgreementSummary> list(long centreId) {
        return read(store -> store.list(centreId));
    }

    /** The agreements of several centres, in one query. */
    public List<AgreementSummary> listFor(java.util.Collection<Long> centreIds) {
        return centreIds.isEmpty() ? List.of() : read(store -> store.listFor(centreIds));
    }

    public Agreement get(long id) {
        return read(store -> load(store, id));
    }

    public List<AgreementSummary> versions(String series) {
        return read(store -> store.series(series));
    }

    // --- creating ---

    /** A new draft from the template, with the template's parties (and tasks, for a coordinator). */
    public Agreement create(long centreId, AgreementKind kind) {
        Centre centre = centres.get(centreId);
        AgreementTemplate template = AgreementTemplate.of(kind);
        return write(store -> {
            CoordinatorTerms terms = kind == AgreementKind.SAMORDNARE ? defaultTerms(centre) : null;
            long id = store.insert(centreId, kind, UUID.randomUUID().toString(), 1, terms);
            if (terms == null) {
                store.setNoticeMonths(id, kind.noticeMonths());
            }
            int position = 1;
            for (TemplateClause clause : template.clauses()) {
                store.insertClause(id, position++, clause.key(), clause.heading(), clause.body());
            }
            store.insertParty(id, 1, "För {{kommunform|fyll i kommun}} kommun", "Barn- och utbildningsförvaltningen");
            store.insertParty(id, 2, "För {{kommunform|fyll i kommun}} kommun",
                    "Social- och arbetsmarknadsförvaltningen");
            store.insertParty(id, 3, "För {{region|" + REGION_PARTY + "}}", healthCentre(centre));
            if (kind == AgreementKind.SAMORDNARE) {
                int taskPosition = 1;
                for (TaskTemplate task : AgreementTemplate.coordinatorTasks()) {
                    store.insertTask(id, taskPosition++, task.level(), task.text(), task.inTemplateList(),
                            task.inTemplateList() ? CoordinatorTask.Origin.MALL : CoordinatorTask.Origin.REKOMMENDERAD);
                }
                store.replaceCostYears(id, rotation(terms, partyNames(store.parties(id), centre), List.of()));
            }
            return load(store, id);
        });
    }

    /**
     * The health centre the region signs for ("Namn Hälsocentral" in the template's signature block):
     * the first organisation of the centre's people that names a health centre, the management group
     * first; empty when none does, which leaves the line to be written by hand.
     */
    static String healthCentre(Centre centre) {
        for (Role role : List.of(Role.LEDNINGSGRUPP, Role.SAMORDNARE, Role.STYRGRUPP)) {
            for (Person person : centre.peopleIn(role)) {
                String organisation = person.details().organisation().strip();
                if (organisation.toLowerCase(java.util.Locale.ROOT).contains("hälsocentral")) {
                    return organisation;
                }
            }
        }
        return "";
    }

    private CoordinatorTerms defaultTerms(Centre centre) {
        Long coordinator = centre.peopleIn(Role.SAMORDNARE).stream().findFirst().map(Person::id).orElse(null);
        LocalDate start = LocalDate.now(clock).plusYears(1).withDayOfYear(1);
        return new CoordinatorTerms(coordinator, null, start, CoordinatorTerms.DEFAULT_TERM_YEARS,
                CoordinatorTerms.DEFAULT_NOTICE_MONTHS);
    }

    // --- values and text ---

    /**
     * The values of the template's blanks: while a draft, from the centre unless set on the
     * agreement; once ready or signed, the values frozen at that moment.
     */
    public Map<String, String> effectiveValues(Agreement agreement) {
        if (!agreement.status().editable()) {
            Map<String, String> frozen = new HashMap<>();
            agreement.values().forEach((name, value) -> {
                if (name.startsWith(FROZEN)) {
                    frozen.put(name.substring(FROZEN.length()), value);
                }
            });
            return withDerived(frozen);
        }
        Centre centre = centres.get(agreement.centreId());
        return withDerived(computeValues(agreement, centre));
    }

    /** Values made from others (agreements locked before such a value existed get it too). */
    private static Map<String, String> withDerived(Map<String, String> values) {
        String form = values.getOrDefault(Placeholder.KOMMUNFORM.key(), "");
        values.putIfAbsent(Placeholder.IKOMMUN.key(), form.isBlank() ? "" : "i " + form + " kommun");
        return values;
    }

    private static Map<String, String> computeValues(Agreement agreement, Centre centre) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> own = agreement.values();
        Function<Placeholder, String> override = p -> own.getOrDefault(p.key(), "");
        values.put(Placeholder.FAMILJECENTRAL.key(), firstNonBlank(override.apply(Placeholder.FAMILJECENTRAL),
                centre.name()));
        String municipality = firstNonBlank(override.apply(Placeholder.KOMMUN), centre.details().municipality());
        values.put(Placeholder.KOMMUN.key(), municipality);
        values.put(Placeholder.KOMMUNFORM.key(), firstNonBlank(override.apply(Placeholder.KOMMUNFORM),
                MunicipalityNames.beforeKommun(municipality)));
        values.put(Placeholder.OMRADE.key(), firstNonBlank(override.apply(Placeholder.OMRADE),
                centre.details().catchmentArea()));
        values.put(Placeholder.REGION.key(), firstNonBlank(override.apply(Placeholder.REGION),
                centre.details().region()));
        values.put(Placeholder.UPPSAGNINGSTID.key(), noticeInWords(agreement));
        CoordinatorTerms terms = agreement.terms();
        if (terms != null) {
            values.put(Placeholder.OMFATTNING.key(), terms.scopePercent() == null ? "" : percent(terms.scopePercent()));
            Optional<Person> person = centre.people().stream()
                    .filter(p -> terms.coordinatorPersonId() != null && p.id() == terms.coordinatorPersonId())
                    .findFirst();
            values.put(VALUE_COORDINATOR_NAME, person.map(Person::name).orElse(""));
            values.put(VALUE_COORDINATOR_TITLE, person.map(p -> p.details().title()).orElse(""));
            values.put(VALUE_COORDINATOR_ORGANISATION, person.map(p -> p.details().organisation()).orElse(""));
        }
        return values;
    }

    /** Fills {{…}} blanks in {@code text} with {@code values}. */
    public static Placeholder.Filled fill(String text, Map<String, String> values) {
        return Placeholder.fill(text, p -> values.get(p.key()));
    }

    /** Sets the value of a blank for this agreement; an empty value goes back to the centre's. */
    public Agreement setValue(long agreementId, Placeholder placeholder, String value) {
        String clean = TextRules.clean(value);
        List<FieldError> errors = new ArrayList<>();
        TextRules.maxLength(placeholder.key(), clean, VALUE_MAX, errors);
        throwIfInvalid(errors);
        return write(store -> {
            Agreement agreement = editable(store, agreementId);
            if (clean.isEmpty()) {
                store.removeValue(agreementId, placeholder.key());
            } else {
                store.putValue(agreementId, placeholder.key(), clean);
            }
            store.touch(agreement.id());
            return load(store, agreementId);
        });
    }

    // --- clauses ---

    /** Each clause's standing against the template (by clause id). */
    public static Map<Long, ClauseStatus> clauseStatuses(Agreement agreement) {
        AgreementTemplate template = AgreementTemplate.of(agreement.kind());
        Map<Long, ClauseStatus> statuses = new HashMap<>();
        for (Clause clause : agreement.clauses()) {
            Optional<TemplateClause> original = clause.templateKey() == null ? Optional.empty()
                    : template.clause(clause.templateKey());
            ClauseStatus status = original.isEmpty() ? ClauseStatus.ADDED
                    : same(original.get(), clause) ? ClauseStatus.SAME : ClauseStatus.CHANGED;
            statuses.put(clause.id(), status);
        }
        return statuses;
    }

    /** Template clauses this agreement no longer has. */
    public static List<TemplateClause> removedTemplateClauses(Agreement agreement) {
        List<String> present = agreement.clauses().stream().map(Clause::templateKey).toList();
        return AgreementTemplate.of(agreement.kind()).clauses().stream()
                .filter(c -> !present.contains(c.key())).toList();
    }

    public Clause updateClause(long clauseId, String heading, String body) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.maxLength("heading", heading, Clause.HEADING_MAX, errors);
        TextRules.maxLength("body", body, Clause.BODY_MAX, errors);
        throwIfInvalid(errors);
        return write(store -> {
            long agreementId = store.agreementOfClause(clauseId).orElseThrow(() -> new NotFoundException("clause", clauseId));
            editable(store, agreementId);
            store.updateClause(clauseId, TextRules.clean(heading), normaliseBody(body));
            store.touch(agreementId);
            return load(store, agreementId).clause(clauseId).orElseThrow();
        });
    }

    /** Adds an empty clause after {@code afterClauseId} (or last when null). */
    public Agreement addClause(long agreementId, Long afterClauseId, String heading) {
        return write(store -> {
            Agreement agreement = editable(store, agreementId);
            long id = store.insertClause(agreementId, 0, null, TextRules.clean(heading), "");
            List<Long> order = new ArrayList<>(agreement.clauses().stream().map(Clause::id).toList());
            int index = afterClauseId == null ? order.size() : order.indexOf(afterClauseId) + 1;
            order.add(Math.max(0, Math.min(index, order.size())), id);
            store.orderClauses(order);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    public Agreement removeClause(long clauseId) {
        return write(store -> {
            long agreementId = store.agreementOfClause(clauseId).orElseThrow(() -> new NotFoundException("clause", clauseId));
            editable(store, agreementId);
            store.deleteClause(clauseId);
            store.orderClauses(store.clauses(agreementId).stream().map(Clause::id).toList());
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    /** Moves a clause up (-1) or down (+1). */
    public Agreement moveClause(long clauseId, int delta) {
        return write(store -> {
            long agreementId = store.agreementOfClause(clauseId).orElseThrow(() -> new NotFoundException("clause", clauseId));
            Agreement agreement = editable(store, agreementId);
            List<Long> order = new ArrayList<>(agreement.clauses().stream().map(Clause::id).toList());
            int from = order.indexOf(clauseId);
            int to = Math.max(0, Math.min(order.size() - 1, from + delta));
            order.remove(from);
            order.add(to, clauseId);
            store.orderClauses(order);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    /** Puts a template clause back to the template's words. */
    public Clause resetClause(long clauseId) {
        return write(store -> {
            long agreementId = store.agreementOfClause(clauseId).orElseThrow(() -> new NotFoundException("clause", clauseId));
            Agreement agreement = editable(store, agreementId);
            Clause clause = agreement.clause(clauseId).orElseThrow();
            TemplateClause original = AgreementTemplate.of(agreement.kind()).clause(
                    clause.templateKey() == null ? "" : clause.templateKey())
                    .orElseThrow(() -> new UserFacingException("agreement.clauseNotInTemplate"));
            store.updateClause(clauseId, original.heading(), original.body());
            store.touch(agreementId);
            return load(store, agreementId).clause(clauseId).orElseThrow();
        });
    }

    /** Brings back a removed template clause at its place in the template's order. */
    public Agreement restoreTemplateClause(long agreementId, String key) {
        return write(store -> {
            Agreement agreement = editable(store, agreementId);
            AgreementTemplate template = AgreementTemplate.of(agreement.kind());
            TemplateClause original = template.clause(key).orElseThrow(
                    () -> new UserFacingException("agreement.clauseNotInTemplate"));
            long id = store.insertClause(agreementId, 0, key, original.heading(), original.body());
            // Right after the nearest template clause that comes before it in the template.
            List<String> templateOrder = template.clauses().stream().map(TemplateClause::key).toList();
            int keyIndex = templateOrder.indexOf(key);
            List<Long> order = new ArrayList<>(agreement.clauses().stream().map(Clause::id).toList());
            int insertAt = 0;
            for (int i = 0; i < agreement.clauses().size(); i++) {
                String other = agreement.clauses().get(i).templateKey();
                if (other != null && templateOrder.indexOf(other) < keyIndex) {
                    insertAt = i + 1;
                }
            }
            order.add(insertAt, id);
            store.orderClauses(order);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    // --- parties ---

    public Agreement updateParty(Party party) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required("heading", party.heading(), Party.TEXT_MAX, errors);
        TextRules.maxLength("organisation", party.organisation(), Party.TEXT_MAX, errors);
        TextRules.maxLength("signatoryName", party.signatoryName(), Party.TEXT_MAX, errors);
        TextRules.maxLength("signatoryTitle", party.signatoryTitle(), Party.TEXT_MAX, errors);
        TextRules.maxLength("place", party.place(), Party.PLACE_MAX, errors);
        throwIfInvalid(errors);
        return write(store -> {
            long agreementId = store.agreementOfParty(party.id()).orElseThrow(
                    () -> new NotFoundException("party", party.id()));
            Agreement agreement = locked(store, agreementId);
            boolean signingDetailsOnly = agreement.status() == AgreementStatus.KLAR;
            if (!agreement.status().editable() && !signingDetailsOnly) {
                throw new UserFacingException("agreement.frozen");
            }
            Party stored = agreement.parties().stream().filter(p -> p.id() == party.id()).findFirst().orElseThrow();
            Party next = signingDetailsOnly
                    ? new Party(stored.id(), stored.position(), stored.heading(), stored.organisation(),
                    stored.signatoryName(), stored.signatoryTitle(), TextRules.clean(party.place()), party.signedDate())
                    : new Party(party.id(), stored.position(), TextRules.clean(party.heading()),
                    TextRules.clean(party.organisation()), TextRules.clean(party.signatoryName()),
                    TextRules.clean(party.signatoryTitle()), TextRules.clean(party.place()), party.signedDate());
            store.updateParty(next);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    public Agreement addParty(long agreementId) {
        return write(store -> {
            Agreement agreement = editable(store, agreementId);
            store.insertParty(agreementId, agreement.parties().size() + 1, "För ", "");
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    public Agreement removeParty(long partyId) {
        return write(store -> {
            long agreementId = store.agreementOfParty(partyId).orElseThrow(() -> new NotFoundException("party", partyId));
            editable(store, agreementId);
            store.deleteParty(partyId);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    // --- coordinator terms, tasks and cost rotation ---

    /** Saves the coordinator's terms whatever was saved before. */
    public Agreement updateTerms(long agreementId, CoordinatorTerms terms) {
        return updateTerms(agreementId, terms, null);
    }

    /**
     * Saves the terms from a form that showed {@code loaded}: refused with {@link ChangedByOther} (who,
     * when, the agreement as stored) when someone else saved other terms since. Checked under the
     * agreement's row lock, so two coordinators cannot both pass the check. Saving again with the
     * stored terms as {@code loaded} overwrites theirs, knowingly.
     */
    public Agreement updateTerms(long agreementId, CoordinatorTerms terms, CoordinatorTerms loaded) {
        List<FieldError> errors = new ArrayList<>();
        if (terms.scopePercent() != null && (terms.scopePercent().signum() <= 0
                || terms.scopePercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(FieldError.of("scope", "agreement.scopeRange"));
        }
        if (terms.termYears() < 1 || terms.termYears() > 10) {
            errors.add(FieldError.of("term", "agreement.termRange"));
        }
        if (terms.noticeMonths() < 1 || terms.noticeMonths() > 24) {
            errors.add(FieldError.of("notice", "agreement.noticeRange"));
        }
        if (terms.startDate() != null && (terms.startDate().getYear() < 2000 || terms.startDate().getYear() > 2100)) {
            errors.add(FieldError.of("start", "validation.dateRange", 2000, 2100));
        }
        throwIfInvalid(errors);
        Agreement before = get(agreementId);
        Centre centre = centres.get(before.centreId());
        return write(store -> {
            Agreement agreement = editable(store, agreementId);
            if (agreement.kind() != AgreementKind.SAMORDNARE) {
                throw new UserFacingException("agreement.notCoordinator");
            }
            if (loaded != null && !sameTerms(agreement.terms(), loaded)) {
                throw new ChangedByOther(agreement.updatedBy(), database.instantOf(agreement.updatedAt()), agreement,
                        agreement.rowVersion());
            }
            store.setTerms(agreementId, terms);
            // Same first year: keep the payers chosen so far. A new start year: rotate afresh.
            boolean sameStart = agreement.terms().startDate() != null && terms.startDate() != null
                    && agreement.terms().startDate().getYear() == terms.startDate().getYear();
            store.replaceCostYears(agreementId, rotation(terms, partyNames(agreement.parties(), centre),
                    sameStart ? agreement.costYears() : List.of()));
            return load(store, agreementId);
        });
    }

    /** Sets who pays in {@code year}. */
    public Agreement setPayer(long agreementId, int year, String payer) {
        return write(store -> {
            Agreement agreement = editable(store, agreementId);
            List<CostYear> years = new ArrayList<>();
            for (CostYear cost : agreement.costYears()) {
                years.add(cost.year() == year ? new CostYear(year, TextRules.clean(payer)) : cost);
            }
            store.replaceCostYears(agreementId, years);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    /** The parties' names, as offered for the cost rotation. */
    public List<String> payerChoices(Agreement agreement) {
        return partyNames(agreement.parties(), centres.get(agreement.centreId()));
    }

    public Agreement setTaskIncluded(long taskId, boolean included) {
        return write(store -> {
            long agreementId = store.agreementOfTask(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
            Agreement agreement = editable(store, agreementId);
            CoordinatorTask task = agreement.tasks().stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
            store.updateTask(taskId, task.text(), included);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    /** Adds a task of the centre's own, under {@code parentTaskId} or at the end (null). */
    public Agreement addTask(long agreementId, Long parentTaskId, String text) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required("task", text, CoordinatorTask.TEXT_MAX, errors);
        throwIfInvalid(errors);
        return write(store -> {
            Agreement agreement = editable(store, agreementId);
            List<Long> order = new ArrayList<>(agreement.tasks().stream().map(CoordinatorTask::id).toList());
            int level = 0;
            int index = order.size();
            if (parentTaskId != null) {
                List<CoordinatorTask> tasks = agreement.tasks();
                int parent = order.indexOf(parentTaskId);
                level = 1;
                index = parent + 1;
                while (index < tasks.size() && tasks.get(index).level() > tasks.get(parent).level()) {
                    index++;
                }
            }
            long id = store.insertTask(agreementId, 0, level, TextRules.clean(text), true, CoordinatorTask.Origin.EGEN);
            order.add(index, id);
            store.orderTasks(order);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    /** Rewords a task of the centre's own; template tasks are chosen or left out, not reworded. */
    public Agreement updateTaskText(long taskId, String text) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required("task", text, CoordinatorTask.TEXT_MAX, errors);
        throwIfInvalid(errors);
        return write(store -> {
            long agreementId = store.agreementOfTask(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
            Agreement agreement = editable(store, agreementId);
            CoordinatorTask task = agreement.tasks().stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
            if (task.origin() != CoordinatorTask.Origin.EGEN) {
                throw new UserFacingException("agreement.taskFromTemplate");
            }
            store.updateTask(taskId, TextRules.clean(text), task.included());
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    public Agreement removeTask(long taskId) {
        return write(store -> {
            long agreementId = store.agreementOfTask(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
            Agreement agreement = editable(store, agreementId);
            CoordinatorTask task = agreement.tasks().stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
            if (task.origin() != CoordinatorTask.Origin.EGEN) {
                throw new UserFacingException("agreement.taskFromTemplate");
            }
            store.deleteTask(taskId);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    // --- lifecycle ---

    /** What keeps the agreement from being ready for signing; empty when nothing does. */
    public List<ReadinessProblem> readiness(Agreement agreement) {
        Map<String, String> values = effectiveValues(agreement);
        List<ReadinessProblem> problems = new ArrayList<>();
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        missing.addAll(fill(AgreementTemplate.of(agreement.kind()).title(), values).missingHints());
        for (Clause clause : agreement.clauses()) {
            missing.addAll(fill(clause.heading(), values).missingHints());
            missing.addAll(fill(clause.body(), values).missingHints());
            if (clause.heading().isBlank() && clause.body().isBlank()) {
                problems.add(ReadinessProblem.of("agreement.ready.emptyClause", clause.position()));
            }
        }
        for (Party party : agreement.parties()) {
            missing.addAll(fill(party.heading(), values).missingHints());
            if (party.signatoryName().isBlank()) {
                problems.add(ReadinessProblem.of("agreement.ready.noSignatory",
                        fill(party.heading(), values).text() + (party.organisation().isBlank() ? ""
                                : ", " + party.organisation())));
            }
        }
        missing.forEach(hint -> problems.add(ReadinessProblem.of("agreement.ready.missingValue", hint)));
        if (agreement.parties().isEmpty()) {
            problems.add(ReadinessProblem.of("agreement.ready.noParties"));
        }
        if (agreement.kind() == AgreementKind.SAMORDNARE) {
            CoordinatorTerms terms = agreement.terms();
            if (values.getOrDefault(VALUE_COORDINATOR_NAME, "").isBlank()) {
                problems.add(ReadinessProblem.of("agreement.ready.noCoordinator"));
            }
            if (terms.startDate() == null) {
                problems.add(ReadinessProblem.of("agreement.ready.noStart"));
            }
            if (agreement.tasks().stream().noneMatch(CoordinatorTask::included)) {
                problems.add(ReadinessProblem.of("agreement.ready.noTasks"));
            }
            if (agreement.costYears().stream().anyMatch(c -> c.payer().isBlank())) {
                problems.add(ReadinessProblem.of("agreement.ready.noPayer"));
            }
        }
        return problems;
    }

    /** utkast → klar för underskrift: the blanks' values are frozen from now on. */
    public Agreement markReady(long agreementId) {
        Agreement draft = get(agreementId);
        Map<String, String> values = effectiveValues(draft);
        List<ReadinessProblem> problems = readiness(draft);
        if (!problems.isEmpty()) {
            throw new UserFacingException("agreement.notReady", problems.size());
        }
        return write(store -> {
            Agreement now = editable(store, agreementId);
            if (!now.equals(draft)) {
                // Someone else changed it after it was checked: what was checked is not what would be frozen.
                throw new UserFacingException("agreement.changedWhileChecked");
            }
            values.forEach((name, value) -> store.putValue(agreementId, FROZEN + name, value));
            store.setStatus(agreementId, AgreementStatus.KLAR, LocalDateTime.now(clock), null, null);
            return load(store, agreementId);
        });
    }

    /** klar för underskrift → utkast, to change something before signing. */
    public Agreement backToDraft(long agreementId) {
        return write(store -> {
            Agreement agreement = locked(store, agreementId);
            requireStatus(agreement, AgreementStatus.KLAR);
            agreement.values().keySet().stream().filter(name -> name.startsWith(FROZEN))
                    .forEach(name -> store.removeValue(agreementId, name));
            store.setStatus(agreementId, AgreementStatus.UTKAST, null, null, null);
            return load(store, agreementId);
        });
    }

    /** klar för underskrift → undertecknat on {@code signedDate}. */
    public Agreement sign(long agreementId, LocalDate signedDate) {
        checkDate(signedDate);
        return write(store -> {
            Agreement agreement = locked(store, agreementId);
            requireStatus(agreement, AgreementStatus.KLAR);
            if (signedDate.isAfter(LocalDate.now(clock))) {
                throw new ValidationException(List.of(FieldError.of("signedDate", "agreement.signedInFuture")));
            }
            store.setStatus(agreementId, AgreementStatus.UNDERTECKNAT, agreement.readyAt(), signedDate, null);
            return load(store, agreementId);
        });
    }

    /** Keeps the signed copy (PDF or scanned image) with a signed agreement. */
    public Agreement attachSignedCopy(long agreementId, String fileName, byte[] content) {
        if (content.length == 0) {
            throw new UserFacingException("agreement.attachmentEmpty", fileName);
        }
        if (content.length > Attachment.MAX_BYTES) {
            throw new UserFacingException("agreement.attachmentTooLarge", fileName, Attachment.MAX_BYTES / 1024 / 1024);
        }
        String type = contentType(fileName, content);
        return write(store -> {
            Agreement agreement = locked(store, agreementId);
            if (agreement.status() != AgreementStatus.UNDERTECKNAT && agreement.status() != AgreementStatus.UPPSAGT) {
                throw new UserFacingException("agreement.attachOnlySigned");
            }
            store.putAttachment(agreementId, fileName, type, content);
            store.touch(agreementId);
            return load(store, agreementId);
        });
    }

    public Optional<byte[]> signedCopy(long agreementId) {
        return read(store -> store.attachmentContent(agreementId));
    }

    /** undertecknat → uppsagt on {@code noticeDate}; the agreement ends after the notice period. */
    public Agreement terminate(long agreementId, LocalDate noticeDate) {
        checkDate(noticeDate);
        return write(store -> {
            Agreement agreement = locked(store, agreementId);
            requireStatus(agreement, AgreementStatus.UNDERTECKNAT);
            if (noticeDate.isBefore(agreement.signedDate())) {
                throw new ValidationException(List.of(FieldError.of("noticeDate", "agreement.noticeBeforeSigning")));
            }
            store.setStatus(agreementId, AgreementStatus.UPPSAGT, agreement.readyAt(), agreement.signedDate(),
                    noticeDate);
            return load(store, agreementId);
        });
    }

    /** A new draft copied from a signed (or terminated) agreement: the next version of it. */
    public Agreement newVersion(long agreementId) {
        return write(store -> {
            Agreement source = load(store, agreementId);
            if (source.status() != AgreementStatus.UNDERTECKNAT && source.status() != AgreementStatus.UPPSAGT) {
                throw new UserFacingException("agreement.newVersionOnlySigned");
            }
            int version = store.nextVersion(source.series());
            long id = store.insert(source.centreId(), source.kind(), source.series(), version, source.terms());
            if (source.terms() == null) {
                store.setNoticeMonths(id, source.noticeMonths());
            }
            for (Clause clause : source.clauses()) {
                store.insertClause(id, clause.position(), clause.templateKey(), clause.heading(), clause.body());
            }
            for (Party party : source.parties()) {
                store.copyParty(id, party);
            }
            for (CoordinatorTask task : source.tasks()) {
                store.insertTask(id, task.position(), task.level(), task.text(), task.included(), task.origin());
            }
            store.replaceCostYears(id, source.costYears());
            // Keep what the user set by hand; the rest follows the centre again in the new draft.
            source.values().forEach((name, value) -> {
                if (!name.startsWith(FROZEN)) {
                    store.putValue(id, name, value);
                }
            });
            return load(store, id);
        });
    }

    /** Removes a draft that was never made ready. Signed agreements are kept as the record. */
    public void deleteDraft(long agreementId) {
        write(store -> {
            Agreement agreement = locked(store, agreementId);
            requireStatus(agreement, AgreementStatus.UTKAST);
            store.delete(agreementId);
            return null;
        });
    }

    /** Two versions side by side, clause by clause, matched by template key or heading. */
    public static List<ClauseComparison> compare(Agreement left, Agreement right) {
        List<ClauseComparison> result = new ArrayList<>();
        List<Clause> unmatched = new ArrayList<>(right.clauses());
        for (Clause clause : left.clauses()) {
            Optional<Clause> twin = unmatched.stream().filter(c -> sameClause(clause, c)).findFirst();
            if (twin.isPresent()) {
                unmatched.remove(twin.get());
                boolean same = clause.heading().equals(twin.get().heading()) && clause.body().equals(twin.get().body());
                result.add(new ClauseComparison(clause.heading(), text(clause), text(twin.get()),
                        same ? ClauseComparison.Kind.SAME : ClauseComparison.Kind.CHANGED));
            } else {
                result.add(new ClauseComparison(clause.heading(), text(clause), null, ClauseComparison.Kind.ONLY_LEFT));
            }
        }
        for (Clause clause : unmatched) {
            result.add(new ClauseComparison(clause.heading(), null, text(clause), ClauseComparison.Kind.ONLY_RIGHT));
        }
        return result;
    }

    // --- the document ---

    /** The resolved request for the PDF of an agreement, {@code copies} numbered copies. */
    public AgreementDocument document(long agreementId, int copies) {
        Agreement agreement = get(agreementId);
        Centre centre = centres.get(agreement.centreId());
        return AgreementComposer.compose(agreement, effectiveValues(agreement), centre, copies,
                LocalDate.now(clock));
    }

    // --- internals ---

    private static boolean sameClause(Clause a, Clause b) {
        if (a.templateKey() != null) {
            return a.templateKey().equals(b.templateKey());
        }
        return b.templateKey() == null && a.heading().equalsIgnoreCase(b.heading());
    }

    private static String text(Clause clause) {
        return clause.heading().isEmpty() ? clause.body() : clause.heading() + "\n\n" + clause.body();
    }

    private static boolean same(TemplateClause original, Clause clause) {
        return original.heading().equals(clause.heading())
                && normaliseBody(original.body()).equals(normaliseBody(clause.body()));
    }

    static String normaliseBody(String body) {
        return body == null ? "" : body.replace("\r\n", "\n").strip();
    }

    private static List<CostYear> rotation(CoordinatorTerms terms, List<String> payers, List<CostYear> existing) {
        List<CostYear> years = new ArrayList<>();
        if (terms == null || terms.startDate() == null) {
            return years;
        }
        int first = terms.startDate().getYear();
        int last = terms.endDate().getYear();
        for (int year = first; year <= last; year++) {
            int y = year;
            String kept = existing.stream().filter(c -> c.year() == y).map(CostYear::payer).findFirst().orElse(null);
            String payer = kept != null ? kept : payers.isEmpty() ? "" : payers.get((year - first) % payers.size());
            years.add(new CostYear(year, payer));
        }
        return years;
    }

    /** "Östersunds kommun, Barn- och utbildningsförvaltningen": a party as payer of the coordinator. */
    private static List<String> partyNames(List<Party> parties, Centre centre) {
        String form = MunicipalityNames.beforeKommun(centre.details().municipality());
        String region = centre.details().region().isBlank() ? REGION_PARTY : centre.details().region();
        return parties.stream().map(p -> {
            String heading = Placeholder.fill(p.heading(), ph -> ph == Placeholder.KOMMUNFORM ? form
                    : ph == Placeholder.REGION ? region : "").text()
                    .replaceFirst("^För\\s+", "").strip();
            return p.organisation().isBlank() ? heading : heading + ", " + p.organisation();
        }).toList();
    }

    /** "tolv" in the collaboration agreement (as the template writes it), "3" in the coordinator's. */
    private static String noticeInWords(Agreement agreement) {
        int months = agreement.noticeMonths();
        if (agreement.kind() == AgreementKind.SAMORDNARE) {
            return String.valueOf(months);
        }
        String[] words = {"", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"};
        return months >= 1 && months <= 12 ? words[months] : String.valueOf(months);
    }

    /** Sets the notice period of a collaboration agreement (the coordinator's is part of its terms). */
    public Agreement setNoticeMonths(long agreementId, int months) {
        if (months < 1 || months > 24) {
            throw new ValidationException(List.of(FieldError.of("notice", "agreement.noticeRange")));
        }
        return write(store -> {
            Agreement agreement = editable(store, agreementId);
            if (agreement.kind() == AgreementKind.SAMORDNARE) {
                store.setTerms(agreementId, new CoordinatorTerms(agreement.terms().coordinatorPersonId(),
                        agreement.terms().scopePercent(), agreement.terms().startDate(), agreement.terms().termYears(),
                        months));
            } else {
                store.setNoticeMonths(agreementId, months);
            }
            return load(store, agreementId);
        });
    }

    private static String percent(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() <= 0 ? stripped.toPlainString() : stripped.toPlainString().replace('.', ',')) + " %";
    }

    private static String contentType(String fileName, byte[] content) {
        if (content.length >= 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            return "application/pdf";
        }
        if (content.length >= 3 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8) {
            return "image/jpeg";
        }
        if (content.length >= 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N') {
            return "image/png";
        }
        if (content.length >= 4 && ((content[0] == 'I' && content[1] == 'I') || (content[0] == 'M' && content[1] == 'M'))) {
            return "image/tiff";
        }
        throw new UserFacingException("agreement.attachmentType", fileName);
    }

    private static void checkDate(LocalDate date) {
        if (date == null) {
            throw new ValidationException(List.of(FieldError.of("date", TextRules.REQUIRED)));
        }
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw new ValidationException(List.of(FieldError.of("date", "validation.dateRange", 2000, 2100)));
        }
    }

    private static void requireStatus(Agreement agreement, AgreementStatus status) {
        if (agreement.status() != status) {
            throw new UserFacingException("agreement.wrongStatus." + status.name());
        }
    }

    /** The agreement if its status lets it be edited, its row held until the transaction ends. */
    private static Agreement editable(AgreementStore store, long agreementId) {
        store.lock(agreementId);
        Agreement agreement = load(store, agreementId);
        if (!agreement.status().editable()) {
            throw new UserFacingException("agreement.frozen");
        }
        return agreement;
    }

    /** Equal terms, a scope of 50 and of 50.00 being the same. */
    private static boolean sameTerms(CoordinatorTerms a, CoordinatorTerms b) {
        boolean sameScope = a.scopePercent() == null ? b.scopePercent() == null
                : b.scopePercent() != null && a.scopePercent().compareTo(b.scopePercent()) == 0;
        return sameScope && java.util.Objects.equals(a.coordinatorPersonId(), b.coordinatorPersonId())
                && java.util.Objects.equals(a.startDate(), b.startDate()) && a.termYears() == b.termYears()
                && a.noticeMonths() == b.noticeMonths();
    }

    /** The agreement with its row held until the transaction ends, for a change of status. */
    private static Agreement locked(AgreementStore store, long id) {
        store.lock(id);
        return load(store, id);
    }

    private static Agreement load(AgreementStore store, long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("agreement", id));
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second == null ? "" : second;
    }

    // --- going through an agreement together (Bilaga 6, September) ---

    public static final String FIELD_REVIEWED_ON = "reviewedOn";
    public static final String FIELD_REVIEWED_BY = "reviewedBy";
    public static final String FIELD_REVIEW_NOTE = "reviewNote";

    /**
     * Marks the agreement gone through together on {@code on} by {@code role} (a role such as
     * "Samordnare", not a person). Any status: a signed agreement is what is gone through. The day
     * cannot be in the future. The annual wheel's "Tillsammans titta igenom samverkansavtalet" ticks
     * itself from this.
     */
    public AgreementReview markReviewed(long agreementId, LocalDate on, String role, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (on == null) {
            errors.add(FieldError.of(FIELD_REVIEWED_ON, TextRules.REQUIRED));
        } else if (on.isAfter(LocalDate.now(clock)) || on.getYear() < 2000) {
            errors.add(FieldError.of(FIELD_REVIEWED_ON, "agreement.reviewedOnRange"));
        }
        TextRules.required(FIELD_REVIEWED_BY, role, AgreementReview.REVIEWED_BY_MAX, errors);
        TextRules.maxLength(FIELD_REVIEW_NOTE, note, AgreementReview.NOTE_MAX, errors);
        throwIfInvalid(errors);
        return database.transactionResult(ctx -> {
            AgreementReviewStore store = new AgreementReviewStore(ctx);
            if (!store.agreementExists(agreementId)) {
                throw new NotFoundException("agreement", agreementId);
            }
            long id = store.insert(agreementId, on, TextRules.clean(role), TextRules.clean(note));
            return store.ofCentre(new AgreementStore(ctx, database).find(agreementId).orElseThrow().centreId()).stream()
                    .filter(r -> r.id() == id).findFirst().orElseThrow();
        });
    }

    /** Every review of the centre's agreements, oldest first. */
    public List<AgreementReview> reviews(long centreId) {
        return database.transactionResult(ctx -> new AgreementReviewStore(ctx).ofCentre(centreId));
    }

    public void removeReview(long reviewId) {
        database.transaction(ctx -> {
            if (!new AgreementReviewStore(ctx).delete(reviewId)) {
                throw new NotFoundException("agreementReview", reviewId);
            }
        });
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private <T> T read(Function<AgreementStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new AgreementStore(ctx, database)));
    }

    private <T> T write(Function<AgreementStore, T> work) {
        return database.transactionResult(ctx -> work.apply(new AgreementStore(ctx, database)));
    }
}
