package se.samordna.core.agreement;

import static se.samordna.core.db.generated.Tables.AGREEMENT;
import static se.samordna.core.db.generated.Tables.AGREEMENT_ATTACHMENT;
import static se.samordna.core.db.generated.Tables.AGREEMENT_CLAUSE;
import static se.samordna.core.db.generated.Tables.AGREEMENT_COST_YEAR;
import static se.samordna.core.db.generated.Tables.AGREEMENT_PARTY;
import static se.samordna.core.db.generated.Tables.AGREEMENT_TASK;
import static se.samordna.core.db.generated.Tables.AGREEMENT_VALUE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import se.samordna.core.db.OrderedChildren;
import se.samordna.core.db.generated.tables.records.AgreementRecord;
import se.samordna.core.db.Database;

/** Reads and writes agreements and their parts within the caller's transaction. */
final class AgreementStore {
    private final DSLContext ctx;
    /** Who saves and the time to stamp with (the workspace's clock, UTC on the server); null for counting only. */
    private final Database database;
    private final OrderedChildren clauseOrder;
    private final OrderedChildren taskOrder;

    AgreementStore(DSLContext ctx, Database database) {
        this.ctx = ctx;
        this.database = database;
        this.clauseOrder = new OrderedChildren(ctx, AGREEMENT_CLAUSE, AGREEMENT_CLAUSE.ID, AGREEMENT_CLAUSE.AGREEMENT_ID,
                AGREEMENT_CLAUSE.POSITION);
        this.taskOrder = new OrderedChildren(ctx, AGREEMENT_TASK, AGREEMENT_TASK.ID, AGREEMENT_TASK.AGREEMENT_ID,
                AGREEMENT_TASK.POSITION);
    }

    // --- the agreement row ---

    long insert(long centreId, AgreementKind kind, String series, int version, CoordinatorTerms terms) {
        return ctx.insertInto(AGREEMENT)
                .set(AGREEMENT.CENTRE_ID, centreId)
                .set(AGREEMENT.KIND, kind.name())
                .set(AGREEMENT.SERIES, series)
                .set(AGREEMENT.VERSION, version)
                .set(AGREEMENT.STATUS, AgreementStatus.UTKAST.name())
                .set(AGREEMENT.COORDINATOR_PERSON_ID, terms == null ? null : terms.coordinatorPersonId())
                .set(AGREEMENT.SCOPE_PERCENT, terms == null ? null : terms.scopePercent())
                .set(AGREEMENT.START_DATE, terms == null ? null : terms.startDate())
                .set(AGREEMENT.TERM_YEARS, terms == null ? null : terms.termYears())
                .set(AGREEMENT.NOTICE_MONTHS, terms == null ? null : terms.noticeMonths())
                .returning(AGREEMENT.ID)
                .fetchOne(AGREEMENT.ID);
    }

    Optional<Agreement> find(long id) {
        AgreementRecord row = ctx.selectFrom(AGREEMENT).where(AGREEMENT.ID.eq(id)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new Agreement(id, row.getCentreId(), AgreementKind.valueOf(row.getKind()), row.getSeries(),
                row.getVersion(), AgreementStatus.valueOf(row.getStatus()), row.getCreatedAt(), row.getUpdatedAt(),
                row.getReadyAt(), row.getSignedDate(), row.getNoticeDate(), values(id), clauses(id), parties(id),
                tasks(id), costYears(id), terms(row), noticeMonths(row), attachment(id), row.getRowVersion(),
                row.getUpdatedBy() == null ? "" : row.getUpdatedBy()));
    }

    List<AgreementSummary> list(long centreId) {
        return ctx.selectFrom(AGREEMENT).where(AGREEMENT.CENTRE_ID.eq(centreId))
                .orderBy(AGREEMENT.KIND.desc(), AGREEMENT.SERIES, AGREEMENT.VERSION.desc())
                .fetch(AgreementStore::summary);
    }

    List<AgreementSummary> listFor(java.util.Collection<Long> centreIds) {
        return ctx.selectFrom(AGREEMENT).where(AGREEMENT.CENTRE_ID.in(centreIds))
                .orderBy(AGREEMENT.KIND.desc(), AGREEMENT.SERIES, AGREEMENT.VERSION.desc())
                .fetch(AgreementStore::summary);
    }

    List<AgreementSummary> series(String series) {
        return ctx.selectFrom(AGREEMENT).where(AGREEMENT.SERIES.eq(series)).orderBy(AGREEMENT.VERSION.desc())
                .fetch(AgreementStore::summary);
    }

    int nextVersion(String series) {
        return ctx.select(DSL.coalesce(DSL.max(AGREEMENT.VERSION), 0).plus(1)).from(AGREEMENT)
                .where(AGREEMENT.SERIES.eq(series)).fetchOne(0, Integer.class);
    }

    int countForCentre(long centreId) {
        return ctx.fetchCount(AGREEMENT, AGREEMENT.CENTRE_ID.eq(centreId));
    }

    void setStatus(long id, AgreementStatus status, LocalDateTime readyAt, LocalDate signedDate, LocalDate noticeDate) {
        ctx.update(AGREEMENT)
                .set(AGREEMENT.STATUS, status.name())
                .set(AGREEMENT.READY_AT, readyAt)
                .set(AGREEMENT.SIGNED_DATE, signedDate)
                .set(AGREEMENT.NOTICE_DATE, noticeDate)
                .set(AGREEMENT.UPDATED_AT, database.now()).set(AGREEMENT.UPDATED_BY, database.who())
                .set(AGREEMENT.ROW_VERSION, AGREEMENT.ROW_VERSION.plus(1))
                .where(AGREEMENT.ID.eq(id)).execute();
    }

    void setTerms(long id, CoordinatorTerms terms) {
        ctx.update(AGREEMENT)
                .set(AGREEMENT.COORDINATOR_PERSON_ID, terms.coordinatorPersonId())
                .set(AGREEMENT.SCOPE_PERCENT, terms.scopePercent())
                .set(AGREEMENT.START_DATE, terms.startDate())
                .set(AGREEMENT.TERM_YEARS, terms.termYears())
                .set(AGREEMENT.NOTICE_MONTHS, terms.noticeMonths())
                .set(AGREEMENT.UPDATED_AT, database.now()).set(AGREEMENT.UPDATED_BY, database.who())
                .set(AGREEMENT.ROW_VERSION, AGREEMENT.ROW_VERSION.plus(1))
                .where(AGREEMENT.ID.eq(id)).execute();
    }

    void setNoticeMonths(long id, int months) {
        ctx.update(AGREEMENT).set(AGREEMENT.NOTICE_MONTHS, months).set(AGREEMENT.UPDATED_AT, database.now()).set(AGREEMENT.UPDATED_BY, database.who())
                .set(AGREEMENT.ROW_VERSION, AGREEMENT.ROW_VERSION.plus(1))
                .where(AGREEMENT.ID.eq(id)).execute();
    }

    /**
     * Holds the agreement's row until the transaction ends: its status, read next, stays what it is
     * while this transaction writes (another coordinator's markReady or edit waits, then reads anew).
     */
    void lock(long id) {
        ctx.select(AGREEMENT.ID).from(AGREEMENT).where(AGREEMENT.ID.eq(id)).forUpdate().fetch();
    }

    void touch(long id) {
        ctx.update(AGREEMENT).set(AGREEMENT.UPDATED_AT, database.now()).set(AGREEMENT.UPDATED_BY, database.who())
                .set(AGREEMENT.ROW_VERSION, AGREEMENT.ROW_VERSION.plus(1)).where(AGREEMENT.ID.eq(id)).execute();
    }

    boolean delete(long id) {
        return ctx.deleteFrom(AGREEMENT).where(AGREEMENT.ID.eq(id)).execute() == 1;
    }

    // --- clauses ---

    long insertClause(long agreementId, int position, String templateKey, String heading, String body) {
        return ctx.insertInto(AGREEMENT_CLAUSE)
                .set(AGREEMENT_CLAUSE.AGREEMENT_ID, agreementId)
                .set(AGREEMENT_CLAUSE.POSITION, position)
                .set(AGREEMENT_CLAUSE.TEMPLATE_KEY, templateKey)
                .set(AGREEMENT_CLAUSE.HEADING, heading)
                .set(AGREEMENT_CLAUSE.BODY, body)
                .returning(AGREEMENT_CLAUSE.ID).fetchOne(AGREEMENT_CLAUSE.ID);
    }

    void updateClause(long clauseId, String heading, String body) {
        ctx.update(AGREEMENT_CLAUSE).set(AGREEMENT_CLAUSE.HEADING, heading).set(AGREEMENT_CLAUSE.BODY, body)
                .where(AGREEMENT_CLAUSE.ID.eq(clauseId)).execute();
    }

    void deleteClause(long clauseId) {
        ctx.deleteFrom(AGREEMENT_CLAUSE).where(AGREEMENT_CLAUSE.ID.eq(clauseId)).execute();
    }

    /** Numbers the clauses 1..n in the given order. */
    void orderClauses(List<Long> clauseIds) {
        clauseOrder.order(clauseIds);
    }

    Optional<Long> agreementOfClause(long clauseId) {
        return clauseOrder.parentOf(clauseId);
    }

    List<Clause> clauses(long agreementId) {
        return ctx.selectFrom(AGREEMENT_CLAUSE).where(AGREEMENT_CLAUSE.AGREEMENT_ID.eq(agreementId))
                .orderBy(AGREEMENT_CLAUSE.POSITION, AGREEMENT_CLAUSE.ID)
                .fetch(r -> new Clause(r.getId(), r.getPosition(), r.getTemplateKey(), r.getHeading(), r.getBody()));
    }

    // --- placeholder values ---

    void putValue(long agreementId, String name, String value) {
        ctx.mergeInto(AGREEMENT_VALUE)
                .using(ctx.selectOne())
                .on(AGREEMENT_VALUE.AGREEMENT_ID.eq(agreementId).and(AGREEMENT_VALUE.NAME.eq(name)))
                .whenMatchedThenUpdate().set(AGREEMENT_VALUE.VALUE_TEXT, value)
                .whenNotMatchedThenInsert(AGREEMENT_VALUE.AGREEMENT_ID, AGREEMENT_VALUE.NAME, AGREEMENT_VALUE.VALUE_TEXT)
                .values(agreementId, name, value)
                .execute();
    }

    void removeValue(long agreementId, String name) {
        ctx.deleteFrom(AGREEMENT_VALUE)
                .where(AGREEMENT_VALUE.AGREEMENT_ID.eq(agreementId).and(AGREEMENT_VALUE.NAME.eq(name))).execute();
    }

    Map<String, String> values(long agreementId) {
        Map<String, String> values = new LinkedHashMap<>();
        ctx.selectFrom(AGREEMENT_VALUE).where(AGREEMENT_VALUE.AGREEMENT_ID.eq(agreementId))
                .forEach(r -> values.put(r.getName(), r.getValueText()));
        return values;
    }

    // --- parties ---

    long insertParty(long agreementId, int position, String heading, String organisation) {
        return ctx.insertInto(AGREEMENT_PARTY)
                .set(AGREEMENT_PARTY.AGREEMENT_ID, agreementId)
                .set(AGREEMENT_PARTY.POSITION, position)
                .set(AGREEMENT_PARTY.HEADING, heading)
                .set(AGREEMENT_PARTY.ORGANISATION, organisation)
                .returning(AGREEMENT_PARTY.ID).fetchOne(AGREEMENT_PARTY.ID);
    }

    void copyParty(long agreementId, Party party) {
        ctx.insertInto(AGREEMENT_PARTY)
                .set(AGREEMENT_PARTY.AGREEMENT_ID, agreementId)
                .set(AGREEMENT_PARTY.POSITION, party.position())
                .set(AGREEMENT_PARTY.HEADING, party.heading())
                .set(AGREEMENT_PARTY.ORGANISATION, party.organisation())
                .set(AGREEMENT_PARTY.SIGNATORY_NAME, party.signatoryName())
                .set(AGREEMENT_PARTY.SIGNATORY_TITLE, party.signatoryTitle())
                .execute();
    }

    void updateParty(Party party) {
        ctx.update(AGREEMENT_PARTY)
                .set(AGREEMENT_PARTY.HEADING, party.heading())
                .set(AGREEMENT_PARTY.ORGANISATION, party.organisation())
                .set(AGREEMENT_PARTY.SIGNATORY_NAME, party.signatoryName())
                .set(AGREEMENT_PARTY.SIGNATORY_TITLE, party.signatoryTitle())
                .set(AGREEMENT_PARTY.PLACE, party.place())
                .set(AGREEMENT_PARTY.SIGNED_DATE, party.signedDate())
                .where(AGREEMENT_PARTY.ID.eq(party.id())).execute();
    }

    void deleteParty(long partyId) {
        ctx.deleteFrom(AGREEMENT_PARTY).where(AGREEMENT_PARTY.ID.eq(partyId)).execute();
    }

    Optional<Long> agreementOfParty(long partyId) {
        return ctx.select(AGREEMENT_PARTY.AGREEMENT_ID).from(AGREEMENT_PARTY)
                .where(AGREEMENT_PARTY.ID.eq(partyId)).fetchOptional(AGREEMENT_PARTY.AGREEMENT_ID);
    }

    List<Party> parties(long agreementId) {
        return ctx.selectFrom(AGREEMENT_PARTY).where(AGREEMENT_PARTY.AGREEMENT_ID.eq(agreementId))
                .orderBy(AGREEMENT_PARTY.POSITION, AGREEMENT_PARTY.ID)
                .fetch(r -> new Party(r.getId(), r.getPosition(), r.getHeading(), r.getOrganisation(),
                        r.getSignatoryName(), r.getSignatoryTitle(), r.getPlace(), r.getSignedDate()));
    }

    // --- tasks ---

    long insertTask(long agreementId, int position, int level, String text, boolean included,
                    CoordinatorTask.Origin origin) {
        return ctx.insertInto(AGREEMENT_TASK)
                .set(AGREEMENT_TASK.AGREEMENT_ID, agreementId)
                .set(AGREEMENT_TASK.POSITION, position)
                .set(AGREEMENT_TASK.DEPTH, level)
                .set(AGREEMENT_TASK.TEXT, text)
                .set(AGREEMENT_TASK.INCLUDED, included)
                .set(AGREEMENT_TASK.ORIGIN, origin.name())
                .returning(AGREEMENT_TASK.ID).fetchOne(AGREEMENT_TASK.ID);
    }

    void updateTask(long taskId, String text, boolean included) {
        ctx.update(AGREEMENT_TASK).set(AGREEMENT_TASK.TEXT, text).set(AGREEMENT_TASK.INCLUDED, included)
                .where(AGREEMENT_TASK.ID.eq(taskId)).execute();
    }

    void deleteTask(long taskId) {
        ctx.deleteFrom(AGREEMENT_TASK).where(AGREEMENT_TASK.ID.eq(taskId)).execute();
    }

    void orderTasks(List<Long> taskIds) {
        taskOrder.order(taskIds);
    }

    Optional<Long> agreementOfTask(long taskId) {
        return taskOrder.parentOf(taskId);
    }

    List<CoordinatorTask> tasks(long agreementId) {
        return ctx.selectFrom(AGREEMENT_TASK).where(AGREEMENT_TASK.AGREEMENT_ID.eq(agreementId))
                .orderBy(AGREEMENT_TASK.POSITION, AGREEMENT_TASK.ID)
                .fetch(r -> new CoordinatorTask(r.getId(), r.getPosition(), r.getDepth(), r.getText(),
                        r.getIncluded(), CoordinatorTask.Origin.valueOf(r.getOrigin())));
    }

    // --- cost rotation ---

    void replaceCostYears(long agreementId, List<CostYear> years) {
        ctx.deleteFrom(AGREEMENT_COST_YEAR).where(AGREEMENT_COST_YEAR.AGREEMENT_ID.eq(agreementId)).execute();
        for (CostYear year : years) {
            ctx.insertInto(AGREEMENT_COST_YEAR)
                    .set(AGREEMENT_COST_YEAR.AGREEMENT_ID, agreementId)
                    .set(AGREEMENT_COST_YEAR.COST_YEAR, year.year())
                    .set(AGREEMENT_COST_YEAR.PAYER, year.payer())
                    .execute();
        }
    }

    List<CostYear> costYears(long agreementId) {
        return ctx.selectFrom(AGREEMENT_COST_YEAR).where(AGREEMENT_COST_YEAR.AGREEMENT_ID.eq(agreementId))
                .orderBy(AGREEMENT_COST_YEAR.COST_YEAR)
                .fetch(r -> new CostYear(r.getCostYear(), r.getPayer()));
    }

    // --- the signed copy ---

    void putAttachment(long agreementId, String fileName, String contentType, byte[] content) {
        ctx.deleteFrom(AGREEMENT_ATTACHMENT).where(AGREEMENT_ATTACHMENT.AGREEMENT_ID.eq(agreementId)).execute();
        ctx.insertInto(AGREEMENT_ATTACHMENT)
                .set(AGREEMENT_ATTACHMENT.AGREEMENT_ID, agreementId)
                .set(AGREEMENT_ATTACHMENT.FILE_NAME, fileName)
                .set(AGREEMENT_ATTACHMENT.CONTENT_TYPE, contentType)
                .set(AGREEMENT_ATTACHMENT.CONTENT, content)
                .execute();
    }

    Optional<byte[]> attachmentContent(long agreementId) {
        return ctx.select(AGREEMENT_ATTACHMENT.CONTENT).from(AGREEMENT_ATTACHMENT)
                .where(AGREEMENT_ATTACHMENT.AGREEMENT_ID.eq(agreementId)).fetchOptional(AGREEMENT_ATTACHMENT.CONTENT);
    }

    private Optional<Attachment> attachment(long agreementId) {
        return ctx.select(AGREEMENT_ATTACHMENT.FILE_NAME, AGREEMENT_ATTACHMENT.CONTENT_TYPE,
                        DSL.field("OCTET_LENGTH({0})", Long.class, AGREEMENT_ATTACHMENT.CONTENT), AGREEMENT_ATTACHMENT.ADDED_AT)
                .from(AGREEMENT_ATTACHMENT).where(AGREEMENT_ATTACHMENT.AGREEMENT_ID.eq(agreementId))
                .fetchOptional(r -> new Attachment(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static CoordinatorTerms terms(AgreementRecord row) {
        if (AgreementKind.valueOf(row.getKind()) != AgreementKind.SAMORDNARE) {
            return null;
        }
        return new CoordinatorTerms(row.getCoordinatorPersonId(), row.getScopePercent(), row.getStartDate(),
                row.getTermYears() == null ? CoordinatorTerms.DEFAULT_TERM_YEARS : row.getTermYears(),
                row.getNoticeMonths() == null ? CoordinatorTerms.DEFAULT_NOTICE_MONTHS : row.getNoticeMonths());
    }

    private static int noticeMonths(AgreementRecord row) {
        return row.getNoticeMonths() != null ? row.getNoticeMonths()
                : AgreementKind.valueOf(row.getKind()).noticeMonths();
    }

    private static AgreementSummary summary(AgreementRecord r) {
        AgreementKind kind = AgreementKind.valueOf(r.getKind());
        CoordinatorTerms terms = terms(r);
        LocalDate end = r.getNoticeDate() == null ? null : r.getNoticeDate().plusMonths(noticeMonths(r));
        return new AgreementSummary(r.getId(), r.getCentreId(), kind, r.getSeries(), r.getVersion(),
                AgreementStatus.valueOf(r.getStatus()), r.getUpdatedAt(), r.getSignedDate(), end,
                terms == null ? null : terms.endDate());
    }
}
