package se.samordna.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.pdf.PdfChecks;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/** The --samples command's survey documents: forms in Swedish, English and Arabic for every example centre. */
class SurveySamplesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    @Test
    void everyExampleCentreGetsItsFormsInSwedishEnglishAndArabic() throws Exception {
        List<Path> written;
        try (Workspace workspace = se.samordna.core.TestDatabases.workspace(dir.resolve("data"), CLOCK)) {
            workspace.exampleData().create();
            written = SurveySamples.write(workspace.surveys(), workspace.centres(), 2026, dir.resolve("samples"));
        }

        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).contains("solsidan-formular-2026-sv.pdf", "solsidan-formular-2026-en.pdf",
                "solsidan-formular-2026-ar.pdf");
        assertThat(names.stream().filter(n -> n.endsWith("-ar.pdf")).count()).isEqualTo(
                names.stream().filter(n -> n.endsWith("-sv.pdf")).count());
        Path arabic = written.stream().filter(p -> p.getFileName().toString().equals("solsidan-formular-2026-ar.pdf"))
                .findFirst().orElseThrow();
        String text = String.join("\n", PdfChecks.pages(arabic));
        assertThat(text).contains("استبيان أولياء الأمور 2026").contains("أشعر بالترحيب عندما آتي إلى مركز الأسرة.")
                .doesNotContain("?");
    }
}
