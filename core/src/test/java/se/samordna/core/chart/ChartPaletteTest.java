package se.samordna.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.core.chart.ChartPalette.Pattern;
import se.samordna.core.chart.ChartPalette.SeriesStyle;

class ChartPaletteTest {

    @Test
    void theYearInViewIsTheAppsTealSolid() {
        SeriesStyle current = ChartPalette.year(0);
        assertThat(current.fill()).isEqualTo(ChartPalette.ACCENT);
        assertThat(current.fill().hex()).isEqualTo("#2f6f73");
        assertThat(current.pattern()).isEqualTo(Pattern.SOLID);
    }

    @Test
    void yearsDifferInLightnessAndPatternSoGreyScaleAndColourBlindReadersTellThemApart() {
        List<SeriesStyle> three = ChartPalette.oldestFirst(3);
        assertThat(three).extracting(SeriesStyle::pattern).doesNotHaveDuplicates();
        // Oldest lightest, newest darkest, a clear step between each in grey.
        assertThat(three.get(0).fill().lightness() - three.get(1).fill().lightness()).isGreaterThan(0.1);
        assertThat(three.get(1).fill().lightness() - three.get(2).fill().lightness()).isGreaterThan(0.3);
        assertThat(three.getLast()).isEqualTo(ChartPalette.year(0));
    }

    @Test
    void textOnABarContrastsWithItsFill() {
        for (int back = 0; back < 3; back++) {
            SeriesStyle style = ChartPalette.year(back);
            assertThat(Math.abs(style.fill().lightness() - style.textOnFill().lightness()))
                    .as("year %d back", back).isGreaterThan(0.5);
        }
    }

    @Test
    void theTargetIsNotATealOfTheYears() {
        assertThat(ChartPalette.TARGET.red()).isGreaterThan(ChartPalette.TARGET.green() + 100);
        assertThatThrownBy(() -> ChartPalette.year(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
