package se.samordna.core.wheel;

import java.time.LocalDate;

/** An occurrence ticked done by hand: the day, the role that did it, and a note. */
public record ManualTick(LocalDate doneOn, String doneBy, String note) {
    public static final int DONE_BY_MAX = 100;
    public static final int NOTE_MAX = 1000;
}
