package se.samordna.core.overview;

/**
 * A column of the overview: a stable key ("survey.TILLGANGLIGHET"), the measure it belongs to, its
 * heading and what its figures are built from.
 */
public record Column(String key, Measure measure, String heading, String source, boolean numeric) {
}
