package se.samordna.core.survey;

/** An open answer, marked with the respondent's gender as Bilaga 3 asks (kvinna/man/annan). */
public record Quote(long responseId, String text, Gender gender, boolean selected) {
}
