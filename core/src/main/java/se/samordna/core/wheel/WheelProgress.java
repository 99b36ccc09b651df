package se.samordna.core.wheel;

import java.time.Month;
import java.util.List;
import java.util.Map;

/**
 * Several centres' wheels side by side for one plan year, as a municipal or county coordinator follows
 * them: one row per activity (Bilaga 6's rows matched by their key, a centre's own by name), with each
 * centre's state, or none where the centre's wheel has no such activity. {@code done} and {@code counted}
 * per centre are the wheel's own "x av y klara".
 */
public record WheelProgress(int planYear, List<Long> centreIds, List<Row> rows, Map<Long, Integer> done,
                            Map<Long, Integer> counted) {
    public WheelProgress {
        centreIds = List.copyOf(centreIds);
        rows = List.copyOf(rows);
        done = Map.copyOf(done);
        counted = Map.copyOf(counted);
    }

    /** One activity across the centres: its state at each centre that has it. */
    public record Row(String key, String name, Month month, Map<Long, OccurrenceStatus> states) {
        public Row {
            states = Map.copyOf(states);
        }
    }
}
