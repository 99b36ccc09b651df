package se.samordna.core.centre;

import java.util.EnumSet;
import java.util.Set;

import se.samordna.core.common.TextRules;

/** The editable facts about a centre, everything but its people. */
public record CentreDetails(
        String name,
        CentreKind kind,
        String municipality,
        String region,
        String catchmentArea,
        Set<Part> parts,
        String otherProfessions) {

    public static final int NAME_MAX = 200;
    public static final int MUNICIPALITY_MAX = 100;
    public static final int REGION_MAX = 100;
    public static final int CATCHMENT_AREA_MAX = 2000;
    public static final int OTHER_PROFESSIONS_MAX = 500;

    public CentreDetails {
        name = TextRules.clean(name);
        municipality = TextRules.clean(municipality);
        region = TextRules.clean(region);
        catchmentArea = TextRules.clean(catchmentArea);
        otherProfessions = TextRules.clean(otherProfessions);
        parts = parts == null || parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
    }

    /** A new centre: a familjecentral with the four core parts, as most are. */
    public static CentreDetails newCentre(String name, String municipality, String region) {
        return new CentreDetails(name, CentreKind.FAMILJECENTRAL, municipality, region, "",
                Set.copyOf(Part.coreParts()), "");
    }

    public CentreDetails withName(String value) {
        return new CentreDetails(value, kind, municipality, region, catchmentArea, parts, otherProfessions);
    }

    public CentreDetails withKind(CentreKind value) {
        return new CentreDetails(name, value, municipality, region, catchmentArea, parts, otherProfessions);
    }

    public CentreDetails withMunicipality(String value) {
        return new CentreDetails(name, kind, value, region, catchmentArea, parts, otherProfessions);
    }

    public CentreDetails withRegion(String value) {
        return new CentreDetails(name, kind, municipality, value, catchmentArea, parts, otherProfessions);
    }

    public CentreDetails withCatchmentArea(String value) {
        return new CentreDetails(name, kind, municipality, region, value, parts, otherProfessions);
    }

    public CentreDetails withParts(Set<Part> value) {
        return new CentreDetails(name, kind, municipality, region, catchmentArea, value, otherProfessions);
    }

    public CentreDetails withOtherProfessions(String value) {
        return new CentreDetails(name, kind, municipality, region, catchmentArea, parts, value);
    }
}
