package se.samordna.core.agreement;

/** Which party pays the coordinator in a year: the cost rotates yearly between the parties. */
public record CostYear(int year, String payer) {
}
