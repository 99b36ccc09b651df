package se.samordna.core.capability;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import se.samordna.core.db.Database;

/**
 * The services of an opened workspace by type, filled as the capabilities are built: a capability
 * finds the services of those before it here and adds its own.
 */
public final class Services {
    private final Database database;
    private final Clock clock;
    private final Map<Class<?>, Object> byType = new LinkedHashMap<>();

    public Services(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    /** Adds a service; each type once. Returns the service. */
    public <T> T add(Class<T> type, T service) {
        if (byType.putIfAbsent(type, service) != null) {
            throw new IllegalStateException(type.getSimpleName() + " is already there");
        }
        return service;
    }

    /** The service of that type; a capability built later than the one asking is a programming error. */
    public <T> T get(Class<T> type) {
        Object service = byType.get(type);
        if (service == null) {
            throw new NoSuchElementException(type.getSimpleName() + " is not built (yet)");
        }
        return type.cast(service);
    }
}
