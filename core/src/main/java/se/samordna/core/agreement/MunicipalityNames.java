package se.samordna.core.agreement;

import java.util.Locale;

/**
 * The form of a municipality's name before "kommun": "Östersunds kommun", "Krokoms kommun", but
 * "Åre kommun" and "Alvesta kommun". A default only: the agreement can override it.
 */
public final class MunicipalityNames {
    private MunicipalityNames() {
    }

    public static String beforeKommun(String municipality) {
        String name = municipality == null ? "" : municipality.strip();
        if (name.isEmpty()) {
            return "";
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(" kommun")) {
            return name.substring(0, name.length() - " kommun".length());
        }
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        if ("aeiouyåäösxz".indexOf(last) >= 0) {
            return name;
        }
        return name + "s";
    }
}
