package se.samordna.core.plan;

import java.math.BigDecimal;

/**
 * An indicator tied to a measure Samordna keeps: the kind, the key of the area or statement
 * ({@code TILLGANGLIGHET}, {@code SAMVERKAN}, {@code S08}) and the value it should reach; for a
 * survey area a missing target means the survey's own target for the area (85 % unless changed).
 */
public record IndicatorLink(IndicatorKind kind, String key, BigDecimal target) {
    public static final int KEY_MAX = 40;

    public IndicatorLink {
        key = key == null ? "" : key.strip();
    }
}
