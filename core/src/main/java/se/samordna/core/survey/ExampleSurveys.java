package se.samordna.core.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import se.samordna.core.centre.Centre;

/**
 * Parent surveys of three years for an example centre: made-up, anonymous answers with plausible
 * shares per area (one area below its target), background answers and some open answers.
 */
final class ExampleSurveys {
    private static final List<String> OPEN = List.of(
            "Personalen är alltid glad och tar sig tid att prata.",
            "Babyrytmiken på onsdagar är veckans höjdpunkt för oss.",
            "Det vore bra med öppet någon eftermiddag i veckan, jag jobbar på förmiddagarna.",
            "Jag har fått nya vänner här sedan vi flyttade till området.",
            "Skönt att kunna prata med kuratorn utan att boka tid långt i förväg.",
            "Mer information på engelska skulle hjälpa.",
            "Vi pappor känner oss inte alltid lika välkomna som mammorna.",
            "Tack för allt stöd under första året!",
            "Svårt att parkera med barnvagn vid entrén.",
            "Bra föreläsning om sömn, gärna fler sådana.");

    private final SurveyService surveys;

    ExampleSurveys(SurveyService surveys) {
        this.surveys = surveys;
    }

    void create(Centre centre, int lastYear, int formsPerYear, long seed, SurveyArea weakArea) {
        Random random = new Random(seed);
        for (int year = lastYear - 2; year <= lastYear; year++) {
            Survey survey = surveys.forYear(centre.id(), year);
            Map<SurveyArea, Double> level = new EnumMap<>(SurveyArea.class);
            for (SurveyArea area : SurveyArea.values()) {
                level.put(area, area == weakArea ? 0.74 + 0.02 * (year - lastYear + 2) : 0.86 + random.nextDouble() * 0.08);
            }
            List<ResponseDraft> forms = new ArrayList<>();
            int count = formsPerYear + random.nextInt(15);
            for (int form = 1; form <= count; form++) {
                forms.add(form(random, form, survey, level));
            }
            surveys.importResponses(survey.id(), forms);
        }
    }

    private static ResponseDraft form(Random random, int number, Survey survey, Map<SurveyArea, Double> level) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (SurveyItem item : survey.items()) {
            int roll = random.nextInt(100);
            if (roll < 3) {
                continue; // left blank
            }
            if (roll < 8) {
                answers.put(item.key(), Answer.VET_INTE);
                continue;
            }
            boolean positive = random.nextDouble() < level.get(item.area());
            answers.put(item.key(), positive ? (random.nextInt(3) == 0 ? Answer.GANSKA_BRA : Answer.MYCKET_BRA)
                    : (random.nextInt(3) == 0 ? Answer.MYCKET_DALIGT : Answer.GANSKA_DALIGT));
        }
        int g = random.nextInt(100);
        Gender gender = g < 68 ? Gender.KVINNA : g < 92 ? Gender.MAN : g < 94 ? Gender.ANNAN
                : g < 98 ? Gender.VILL_EJ_ANGE : null;
        int r = random.nextInt(100);
        Relation relation = r < 84 ? Relation.FORALDER : r < 94 ? Relation.BLIVANDE_FORALDER : Relation.ANNAN_VUXEN;
        Set<PartUsed> parts = EnumSet.noneOf(PartUsed.class);
        if (relation == Relation.BLIVANDE_FORALDER || random.nextInt(4) == 0) {
            parts.add(PartUsed.BARNMORSKEMOTTAGNING);
        }
        if (relation != Relation.BLIVANDE_FORALDER && random.nextInt(10) < 8) {
            parts.add(PartUsed.BARNAVARDSCENTRAL);
        }
        if (random.nextInt(10) < 7) {
            parts.add(PartUsed.OPPEN_FORSKOLA);
        }
        if (random.nextInt(10) < 2) {
            parts.add(PartUsed.SOCIALTJANST);
        }
        String language = random.nextInt(100) < 93 ? "sv" : "en";
        String open = random.nextInt(100) < 18 ? OPEN.get(random.nextInt(OPEN.size())) : "";
        return new ResponseDraft(number, language, gender, relation, parts, open, answers);
    }
}
