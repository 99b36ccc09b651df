package se.samordna.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OrderedUuidsTest {

    @Test
    void eachIsAVersion7UuidGreaterThanTheOneBefore() {
        UUID previous = OrderedUuids.next();
        Set<UUID> seen = new HashSet<>(Set.of(previous));
        for (int i = 0; i < 20_000; i++) { // more than 4,096 a millisecond: the counter carries into the time
            UUID next = OrderedUuids.next();
            assertThat(next.version()).isEqualTo(7);
            assertThat(next.variant()).isEqualTo(2);
            assertThat(next.compareTo(previous)).isPositive();
            assertThat(seen.add(next)).isTrue();
            previous = next;
        }
    }
}
