package se.samordna.core.report;

/** What visitor statistics are counted per month: visits to each part of the centre, and group sessions. */
public enum VisitCategory {
    OPPEN_FORSKOLA("Öppen förskola, besök"),
    BARNAVARDSCENTRAL("Barnavårdscentral, besök"),
    BARNMORSKEMOTTAGNING("Barnmorskemottagning, besök"),
    SOCIALTJANST("Socialtjänst/kurator, samtal"),
    GRUPPVERKSAMHET("Föräldragrupper, träffar");

    private final String swedishName;

    VisitCategory(String swedishName) {
        this.swedishName = swedishName;
    }

    /** The name as printed in the report (documents are always Swedish). */
    public String swedishName() {
        return swedishName;
    }
}
