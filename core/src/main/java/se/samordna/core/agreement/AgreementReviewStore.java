package se.samordna.core.agreement;

import static se.samordna.core.db.generated.Tables.AGREEMENT;
import static se.samordna.core.db.generated.Tables.AGREEMENT_REVIEW;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads and writes the reviews of agreements within the caller's transaction. */
final class AgreementReviewStore {
    private final DSLContext ctx;

    AgreementReviewStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    List<AgreementReview> ofCentre(long centreId) {
        return ctx.select(AGREEMENT_REVIEW.fields()).select(AGREEMENT.CENTRE_ID).from(AGREEMENT_REVIEW)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(AGREEMENT_REVIEW.AGREEMENT_ID))
                .where(AGREEMENT.CENTRE_ID.eq(centreId))
                .orderBy(AGREEMENT_REVIEW.REVIEWED_ON, AGREEMENT_REVIEW.ID)
                .fetch(AgreementReviewStore::toReview);
    }

    boolean agreementExists(long agreementId) {
        return ctx.fetchExists(AGREEMENT, AGREEMENT.ID.eq(agreementId));
    }

    long insert(long agreementId, LocalDate on, String by, String note) {
        return ctx.insertInto(AGREEMENT_REVIEW)
                .set(AGREEMENT_REVIEW.UUID, UUID.randomUUID().toString())
                .set(AGREEMENT_REVIEW.AGREEMENT_ID, agreementId)
                .set(AGREEMENT_REVIEW.REVIEWED_ON, on)
                .set(AGREEMENT_REVIEW.REVIEWED_BY, by)
                .set(AGREEMENT_REVIEW.NOTE, note)
                .returning(AGREEMENT_REVIEW.ID).fetchOne(AGREEMENT_REVIEW.ID);
    }

    boolean delete(long reviewId) {
        return ctx.deleteFrom(AGREEMENT_REVIEW).where(AGREEMENT_REVIEW.ID.eq(reviewId)).execute() == 1;
    }

    private static AgreementReview toReview(Record r) {
        return new AgreementReview(r.get(AGREEMENT_REVIEW.ID), r.get(AGREEMENT_REVIEW.AGREEMENT_ID),
                r.get(AGREEMENT.CENTRE_ID), r.get(AGREEMENT_REVIEW.REVIEWED_ON), r.get(AGREEMENT_REVIEW.REVIEWED_BY),
                r.get(AGREEMENT_REVIEW.NOTE));
    }
}
