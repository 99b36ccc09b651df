package se.samordna.core.report;

import static se.samordna.core.db.generated.Tables.ANNUAL_REPORT;
import static se.samordna.core.db.generated.Tables.REPORT_FIELD;
import static se.samordna.core.db.generated.Tables.REPORT_VISITS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import se.samordna.core.db.generated.tables.records.AnnualReportRecord;
import se.samordna.core.db.Database;

/** Reads and writes annual reports within the caller's transaction. */
final class ReportStore {
    private final DSLContext ctx;
    /** Who saves and the time to stamp with (the workspace's clock, UTC on the server); null for counting only. */
    private final Database database;

    ReportStore(DSLContext ctx, Database database) {
        this.ctx = ctx;
        this.database = database;
    }

    static int countForCentre(DSLContext ctx, long centreId) {
        return ctx.fetchCount(ANNUAL_REPORT, ANNUAL_REPORT.CENTRE_ID.eq(centreId));
    }

    List<ReportSummary> list(long centreId) {
        return ctx.selectFrom(ANNUAL_REPORT).where(ANNUAL_REPORT.CENTRE_ID.eq(centreId))
                .orderBy(ANNUAL_REPORT.REPORT_YEAR.desc(), ANNUAL_REPORT.VERSION.desc())
                .fetch(ReportStore::toSummary);
    }

    List<ReportSummary> listFor(java.util.Collection<Long> centreIds, java.util.Collection<Integer> years) {
        return ctx.selectFrom(ANNUAL_REPORT).where(ANNUAL_REPORT.CENTRE_ID.in(centreIds))
                .and(ANNUAL_REPORT.REPORT_YEAR.in(years)).fetch(ReportStore::toSummary);
    }

    Optional<Long> latest(long centreId, int year) {
        return ctx.select(ANNUAL_REPORT.ID).from(ANNUAL_REPORT)
                .where(ANNUAL_REPORT.CENTRE_ID.eq(centreId).and(ANNUAL_REPORT.REPORT_YEAR.eq(year)))
                .orderBy(ANNUAL_REPORT.VERSION.desc()).limit(1).fetchOptional(ANNUAL_REPORT.ID);
    }

    int highestVersion(long centreId, int year) {
        Integer max = ctx.select(org.jooq.impl.DSL.max(ANNUAL_REPORT.VERSION)).from(ANNUAL_REPORT)
                .where(ANNUAL_REPORT.CENTRE_ID.eq(centreId).and(ANNUAL_REPORT.REPORT_YEAR.eq(year)))
                .fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    Optional<Report> find(long id) {
        AnnualReportRecord row = ctx.selectFrom(ANNUAL_REPORT).where(ANNUAL_REPORT.ID.eq(id)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        ctx.selectFrom(REPORT_FIELD).where(REPORT_FIELD.REPORT_ID.eq(id)).orderBy(REPORT_FIELD.FIELD_KEY)
                .forEach(r -> fields.put(r.getFieldKey(), r.getContent()));
        List<VisitCount> visits = ctx.selectFrom(REPORT_VISITS).where(REPORT_VISITS.REPORT_ID.eq(id))
                .orderBy(REPORT_VISITS.MONTH, REPORT_VISITS.CATEGORY)
                .fetch(r -> new VisitCount(r.getMonth(), VisitCategory.valueOf(r.getCategory()), r.getVisits()));
        return Optional.of(new Report(row.getId(), row.getCentreId(), row.getReportYear(), row.getVersion(),
                ReportStatus.valueOf(row.getStatus()), row.getSubmittedOn(), row.getCurrentStep(), fields, visits));
    }

    long insert(long centreId, int year, int version) {
        return ctx.insertInto(ANNUAL_REPORT)
                .set(ANNUAL_REPORT.CENTRE_ID, centreId)
                .set(ANNUAL_REPORT.REPORT_YEAR, year)
                .set(ANNUAL_REPORT.VERSION, version)
                .set(ANNUAL_REPORT.STATUS, ReportStatus.UTKAST.name())
                .returning(ANNUAL_REPORT.ID).fetchOne(ANNUAL_REPORT.ID);
    }

    void putField(long id, String key, String content) {
        if (content.isEmpty()) {
            ctx.deleteFrom(REPORT_FIELD).where(REPORT_FIELD.REPORT_ID.eq(id).and(REPORT_FIELD.FIELD_KEY.eq(key)))
                    .execute();
        } else {
            ctx.mergeInto(REPORT_FIELD).using(ctx.selectOne())
                    .on(REPORT_FIELD.REPORT_ID.eq(id).and(REPORT_FIELD.FIELD_KEY.eq(key)))
                    .whenMatchedThenUpdate().set(REPORT_FIELD.CONTENT, content)
                    .whenNotMatchedThenInsert(REPORT_FIELD.REPORT_ID, REPORT_FIELD.FIELD_KEY, REPORT_FIELD.CONTENT)
                    .values(id, key, content).execute();
        }
        touch(id);
    }

    void putVisits(long id, int month, VisitCategory category, Integer visits) {
        ctx.deleteFrom(REPORT_VISITS).where(REPORT_VISITS.REPORT_ID.eq(id).and(REPORT_VISITS.MONTH.eq(month))
                .and(REPORT_VISITS.CATEGORY.eq(category.name()))).execute();
        if (visits != null) {
            ctx.insertInto(REPORT_VISITS).set(REPORT_VISITS.REPORT_ID, id).set(REPORT_VISITS.MONTH, month)
                    .set(REPORT_VISITS.CATEGORY, category.name()).set(REPORT_VISITS.VISITS, visits).execute();
        }
        touch(id);
    }

    void setStep(long id, int step) {
        ctx.update(ANNUAL_REPORT).set(ANNUAL_REPORT.CURRENT_STEP, step).where(ANNUAL_REPORT.ID.eq(id)).execute();
    }

    void submit(long id, LocalDate on) {
        ctx.update(ANNUAL_REPORT).set(ANNUAL_REPORT.STATUS, ReportStatus.INLAMNAD.name())
                .set(ANNUAL_REPORT.SUBMITTED_ON, on).where(ANNUAL_REPORT.ID.eq(id)).execute();
        touch(id);
    }

    boolean delete(long id) {
        return ctx.deleteFrom(ANNUAL_REPORT).where(ANNUAL_REPORT.ID.eq(id)).execute() == 1;
    }

    private void touch(long id) {
        ctx.update(ANNUAL_REPORT).set(ANNUAL_REPORT.UPDATED_AT, database.now()).set(ANNUAL_REPORT.UPDATED_BY, database.who())
                .set(ANNUAL_REPORT.ROW_VERSION, ANNUAL_REPORT.ROW_VERSION.plus(1)).where(ANNUAL_REPORT.ID.eq(id))
                .execute();
    }

    private static ReportSummary toSummary(AnnualReportRecord r) {
        return new ReportSummary(r.getId(), r.getCentreId(), r.getReportYear(), r.getVersion(),
                ReportStatus.valueOf(r.getStatus()), r.getSubmittedOn());
    }
}
