package se.samordna.core.agreement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;

/** The agreement PDFs of the example data, as drafts and signed, for the --samples command. */
public final class AgreementSamples {
    private AgreementSamples() {
    }

    public static List<Path> write(AgreementService agreements, CentreService centres, Path folder)
            throws IOException {
        Path dir = Files.createDirectories(folder.resolve("avtal"));
        List<Path> written = new ArrayList<>();
        for (CentreSummary centre : centres.list()) {
            List<AgreementSummary> list = agreements.list(centre.id());
            for (AgreementKind kind : AgreementKind.values()) {
                if (list.stream().noneMatch(a -> a.kind() == kind)) {
                    list = new ArrayList<>(list);
                    list.add(summaryOf(agreements.create(centre.id(), kind)));
                }
            }
            for (AgreementSummary summary : list) {
                String name = slug(centre.name()) + "-" + (summary.kind() == AgreementKind.SAMVERKAN
                        ? "samverkansavtal" : "avtal-samordnare") + "-v" + summary.version() + "-"
                        + summary.status().name().toLowerCase(Locale.ROOT);
                written.add(render(agreements.document(summary.id(), 1), dir.resolve(name + ".pdf")));
                if (summary.status() != AgreementStatus.UTKAST) {
                    written.add(render(agreements.document(summary.id(), 3), dir.resolve(name + "-3-exemplar.pdf")));
                }
            }
        }
        return written;
    }

    private static Path render(AgreementDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            AgreementPdfRenderer.render(document, out);
        }
        return file;
    }

    private static AgreementSummary summaryOf(Agreement agreement) {
        return new AgreementSummary(agreement.id(), agreement.centreId(), agreement.kind(), agreement.series(),
                agreement.version(), agreement.status(), agreement.updatedAt(), agreement.signedDate(), null, null);
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replace("familjecentralen ", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
