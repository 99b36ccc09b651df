package se.samordna.core.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.CentreSummary;

/**
 * The survey documents of the example data: forms in Swedish, English and Arabic (the translation that
 * ships "att granska"; right to left), results as PDF and XLSX.
 */
public final class SurveySamples {
    private SurveySamples() {
    }

    public static List<Path> write(SurveyService surveys, CentreService centres, int year, Path folder)
            throws IOException {
        Path dir = Files.createDirectories(folder.resolve("foraldraenkat"));
        List<Path> written = new ArrayList<>();
        for (CentreSummary centre : centres.list()) {
            String slug = slug(centre.name());
            Survey survey = surveys.forYear(centre.id(), year);
            for (String language : List.of("sv", "en", "ar")) {
                Path forms = dir.resolve(slug + "-formular-" + year + "-" + language + ".pdf");
                try (OutputStream out = Files.newOutputStream(forms)) {
                    SurveyPdf.forms(survey, centre.name(), language, surveys.nextFormNumber(survey.id()), 2, out);
                }
                written.add(forms);
            }
            if (survey.responses() == 0) {
                continue;
            }
            SurveyResults results = surveys.results(survey.id());
            Path pdf = dir.resolve(slug + "-resultat-" + year + ".pdf");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                SurveyPdf.results(results, centre.name(), SurveyPdf.SWEDISH_LABELS, out);
            }
            written.add(pdf);
            Path xlsx = dir.resolve(slug + "-svar-" + year + ".xlsx");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                SurveyXlsx.write(results, surveys.responses(survey.id()), out);
            }
            written.add(xlsx);
        }
        return written;
    }

    /** A file-name part from a centre's name: "Familjecentralen Solsidan" gives "solsidan". */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replace("familjecentralen ", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
