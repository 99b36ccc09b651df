package se.samordna.core.capability;

import java.time.LocalDate;
import java.util.List;

/**
 * The example centres as they are created on a first start, in order (Solsidan, Lillsjön,
 * Fyrklövern), and the day they are made: each capability adds its part to them.
 */
public record ExampleCentres(List<Long> centreIds, LocalDate today) {
    public ExampleCentres {
        centreIds = List.copyOf(centreIds);
    }

    public long centre(int index) {
        return centreIds.get(index);
    }
}
