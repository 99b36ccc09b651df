package se.samordna.core.reflection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The self-reflection instrument of Bilaga 4: 30 statements in 6 areas, word for word. */
public final class Instrument {
    /** The scale: 6 = "Fungerar" … 1 = "Behöver utvecklas". */
    public static final int HIGHEST = 6;
    public static final int LOWEST = 1;
    public static final String HIGHEST_LABEL = "Fungerar";
    public static final String LOWEST_LABEL = "Behöver utvecklas";
    public static final String CANNOT_ASSESS_LABEL = "Kan inte bedöma";

    private static final List<Statement> STANDARD;
    private static final Map<Area, String> AREA_NAMES = new EnumMap<>(Area.class);

    static {
        List<Statement> statements = new ArrayList<>();
        try (InputStream in = Instrument.class.getResourceAsStream("sjalvreflektion.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Area area = null;
            for (String line : reader.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("== ")) {
                    String[] parts = line.substring(3).split("\\|", 2);
                    area = Area.valueOf(parts[0].strip());
                    AREA_NAMES.put(area, parts[1].strip());
                } else {
                    String[] parts = line.split("\\|", 3);
                    statements.add(new Statement(parts[0].strip(), area, parts[1].strip(), parts[2].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        STANDARD = List.copyOf(statements);
    }

    private Instrument() {
    }

    /** The 30 statements in the order of the form. */
    public static List<Statement> standard() {
        return STANDARD;
    }

    /** The area's name as the form writes it ("Tidigt stöd till föräldrar"). */
    public static String areaName(Area area) {
        return AREA_NAMES.get(area);
    }
}
