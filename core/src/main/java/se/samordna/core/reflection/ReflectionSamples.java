package se.samordna.core.reflection;

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
import se.samordna.core.goal.GoalService;

/** The workshop PDFs of the example data: every result and the blank step I form, for --samples. */
public final class ReflectionSamples {
    private ReflectionSamples() {
    }

    public static List<Path> write(ReflectionService reflection, GoalService goals, CentreService centres,
                                   Path folder) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("sjalvreflektion"));
        List<Path> written = new ArrayList<>();
        for (CentreSummary centre : centres.list()) {
            String slug = slug(centre.name());
            Path form = dir.resolve(slug + "-blankett-steg-1.pdf");
            try (OutputStream out = Files.newOutputStream(form)) {
                ReflectionPdf.blankForm(centre.name(), reflection.statementsFor(centre.id()), out);
            }
            written.add(form);
            List<Workshop> history = reflection.history(centre.id());
            for (Workshop workshop : history) {
                Path result = dir.resolve(slug + "-resultat-" + workshop.details().heldOn() + ".pdf");
                try (OutputStream out = Files.newOutputStream(result)) {
                    ReflectionPdf.result(new ReflectionPdf.ResultRequest(centre.name(), workshop, history,
                            goals.ofWorkshop(workshop.id())), out);
                }
                written.add(result);
            }
        }
        return written;
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replace("familjecentralen ", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
