package se.samordna.core.reflection;

/** What one (anonymous, numbered) participant said about one statement in step I. */
public record IndividualRating(int participant, String statementKey, Rating rating, String note) {
}
