package se.samordna.core.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samordna.core.capability.Capability;
import se.samordna.core.capability.DocumentCounter;
import se.samordna.core.capability.ExampleCentres;
import se.samordna.core.capability.PackagePart;
import se.samordna.core.capability.PackageTable;
import se.samordna.core.capability.Services;
import se.samordna.core.centre.CentreService;

/** The yearly parent survey: printed forms, typing in the answers, results against the 85 % targets. */
public final class SurveyCapability implements Capability {
    private final SurveyService surveys;
    private final CentreService centres;
    private final Clock clock;

    public SurveyCapability(Services services) {
        this.centres = services.get(CentreService.class);
        this.clock = services.clock();
        this.surveys = services.add(SurveyService.class, new SurveyService(services.database()));
    }

    @Override
    public String name() {
        return "survey";
    }

    @Override
    public Map<String, DocumentCounter> documentCounters() {
        return Map.of("documents.surveyForms", SurveyService::countForCentre);
    }

    /** Three years of answers for Solsidan and Lillsjön, each with one area below its target. */
    @Override
    public void createExamples(ExampleCentres examples) {
        LocalDate today = examples.today();
        // The survey weeks (45–46) of this year: answers are in once they are over.
        int lastSurvey = today.isAfter(SurveyService.surveyWeeks(today.getYear())[1]) ? today.getYear()
                : today.getYear() - 1;
        ExampleSurveys answers = new ExampleSurveys(surveys);
        answers.create(centres.get(examples.centre(0)), lastSurvey, 70, 2024, SurveyArea.DELAKTIGHET);
        answers.create(centres.get(examples.centre(1)), lastSurvey, 45, 1999, SurveyArea.TILLGANGLIGHET);
    }

    @Override
    public List<Path> writeSamples(Path folder) throws IOException {
        return SurveySamples.write(surveys, centres, LocalDate.now(clock).getYear(), folder);
    }

    /** The year's questionnaire, its translations and the anonymous answers (no person data exists). */
    @Override
    public Optional<PackagePart> packagePart() {
        return Optional.of(new PackagePart(name(), List.of(
                PackageTable.ofCentre("survey").inYear("survey_year"),
                PackageTable.childOf("survey_item", "survey_id", "survey"),
                PackageTable.childOf("survey_translation", "survey_id", "survey"),
                PackageTable.childOf("survey_translation_review", "survey_id", "survey"),
                PackageTable.childOf("survey_response", "survey_id", "survey"),
                PackageTable.childOf("survey_answer", "response_id", "survey_response"))));
    }
}
