package se.samordna.core.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The coordinator agreement's own facts: who, how much of a full-time post, from when, for how
 * long (three years is the aim) and with what notice (three months).
 */
public record CoordinatorTerms(Long coordinatorPersonId, BigDecimal scopePercent, LocalDate startDate,
                               int termYears, int noticeMonths) {

    public static final int DEFAULT_TERM_YEARS = 3;
    public static final int DEFAULT_NOTICE_MONTHS = 3;

    /** The last day of the term, or null without a start date. */
    public LocalDate endDate() {
        return startDate == null ? null : startDate.plusYears(termYears).minusDays(1);
    }
}
