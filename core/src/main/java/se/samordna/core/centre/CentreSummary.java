package se.samordna.core.centre;

/** What a list or a picker needs to show a centre. */
public record CentreSummary(long id, String name, String municipality, CentreKind kind) {
}
