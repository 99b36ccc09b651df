package se.samordna.core.report;

/** A report is written as a draft; once submitted to the ledningsgrupp it is frozen. */
public enum ReportStatus {
    UTKAST,
    INLAMNAD
}
