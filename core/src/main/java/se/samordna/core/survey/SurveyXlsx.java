package se.samordna.core.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The year's anonymous answers and summary as an Excel workbook. */
public final class SurveyXlsx {
    private SurveyXlsx() {
    }

    public static void write(SurveyResults results, List<Response> responses, OutputStream out) throws IOException {
        Survey survey = results.survey();
        Workbook workbook = new Workbook(out, "Samordna", "1.0");
        Worksheet answers = workbook.newWorksheet("Svar");
        String[] fixed = {"Formulär nr", "Språk", "Kön", "Relation", "Barnmorskemottagning", "Barnavårdscentral",
                "Öppen förskola", "Socialtjänst/kurator"};
        int column = 0;
        for (String header : fixed) {
            answers.value(0, column++, header);
        }
        for (SurveyItem item : survey.items()) {
            answers.value(0, column++, item.position() + ". " + item.text());
        }
        answers.value(0, column, "Öppet svar");
        answers.style(0, 0).bold().set();
        int row = 1;
        for (Response response : responses) {
            ResponseDraft draft = response.draft();
            int c = 0;
            answers.value(row, c++, draft.formNumber());
            answers.value(row, c++, languageName(draft.language()));
            answers.value(row, c++, draft.gender() == null ? "" : SurveyPdf.SWEDISH_LABELS.get("gender." + draft.gender()));
            answers.value(row, c++, draft.relation() == null ? ""
                    : SurveyPdf.SWEDISH_LABELS.get("relation." + draft.relation()));
            for (PartUsed part : PartUsed.values()) {
                answers.value(row, c++, draft.parts().contains(part) ? "Ja" : "Nej");
            }
            for (SurveyItem item : survey.items()) {
                Answer answer = draft.answers().get(item.key());
                if (answer != null) {
                    answers.value(row, c, answer.code());
                }
                c++;
            }
            answers.value(row, c, draft.openAnswer());
            row++;
        }

        Worksheet summary = workbook.newWorksheet("Sammanställning");
        String[] headers = {"Område / påstående", "Svar", "Vet inte", "Positiva", "Andel positiva (%)", "Mål (%)",
            "Målet nått"};
        for (int i = 0; i < headers.length; i++) {
            summary.value(0, i, headers[i]);
        }
        int r = 1;
        for (SurveyResults.AreaResult area : results.areas()) {
            summaryRow(summary, r++, area.area().swedishName(), area.counts(), area.share(), area.target());
        }
        r++;
        for (SurveyResults.ItemResult item : results.items()) {
            summaryRow(summary, r++, item.item().position() + ". " + item.item().text(), item.counts(), item.share(),
                    item.item().targetPercent());
        }

        Worksheet items = workbook.newWorksheet("Frågor");
        String[] itemHeaders = {"Nyckel", "Fråga", "Mål (Bilaga 3)", "Område", "Målvärde (%)"};
        for (int i = 0; i < itemHeaders.length; i++) {
            items.value(0, i, itemHeaders[i]);
        }
        int ir = 1;
        for (SurveyItem item : survey.items()) {
            items.value(ir, 0, item.key());
            items.value(ir, 1, item.text());
            items.value(ir, 2, item.goal().number() + ". " + item.goal().text());
            items.value(ir, 3, item.area().swedishName());
            items.value(ir, 4, item.targetPercent());
            ir++;
        }
        Worksheet legend = workbook.newWorksheet("Förklaring");
        String[] lines = {"Svaren på påståendena är koder:", "4 = Stämmer mycket bra", "3 = Stämmer ganska bra",
            "2 = Stämmer ganska dåligt", "1 = Stämmer mycket dåligt", "0 = Vet inte", "tom cell = inget svar",
            "", "Andel positiva = 3 och 4 av alla svar utom Vet inte och tomma.",
            "Inga namn eller andra uppgifter som kan peka ut en förälder finns i filen."};
        for (int i = 0; i < lines.length; i++) {
            legend.value(i, 0, lines[i]);
        }
        workbook.finish();
    }

    private static String languageName(String code) {
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.forLanguageTag("sv"));
        return name.isBlank() ? code : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }

    private static void summaryRow(Worksheet sheet, int row, String label, ItemCounts counts, Double share, int target) {
        sheet.value(row, 0, label);
        sheet.value(row, 1, counts.counted());
        sheet.value(row, 2, counts.dontKnow());
        sheet.value(row, 3, counts.positive());
        if (share != null) {
            sheet.value(row, 4, Math.round(share * 10) / 10.0);
        }
        sheet.value(row, 5, target);
        sheet.value(row, 6, share == null ? "" : share >= target ? "Ja" : "Nej");
    }
}
