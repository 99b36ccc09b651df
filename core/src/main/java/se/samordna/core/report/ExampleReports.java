package se.samordna.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samordna.core.centre.Centre;
import se.samordna.core.goal.YearGoal;
import se.samordna.core.survey.Quote;
import se.samordna.core.survey.SurveyResults;
import se.samordna.core.survey.SurveyService;

/**
 * The annual reports of an example centre: last year's submitted in full, and this year's a draft
 * with some sections still empty and the visits of January to October. The texts are made up;
 * they name no one and say nothing about any single family.
 */
final class ExampleReports {
    /** Visits per month (January first) for each category, in the order of {@link VisitCategory}. */
    private static final int[][] VISITS = {
            {412, 455, 468, 430, 398, 301, 96, 188, 441, 476, 463, 322},
            {286, 271, 298, 279, 264, 240, 131, 201, 289, 302, 284, 233},
            {171, 164, 182, 169, 158, 149, 88, 121, 175, 183, 170, 142},
            {31, 28, 36, 33, 27, 22, 9, 17, 34, 38, 35, 24},
            {10, 11, 12, 11, 9, 6, 0, 3, 11, 12, 12, 7}};

    private static final int QUOTES = 3;

    private static final String DESCRIPTION = """
            Familjecentralen Solsidan ligger i Odensala centrum i Östersund, i samma hus som hälsocentralen. \
            Under ett tak finns barnmorskemottagning, barnavårdscentral, öppen förskola och förebyggande \
            socialtjänst med kurator och familjerådgivare. En logoped från regionen finns på plats en förmiddag \
            i månaden.

            Öppna förskolan har öppet fyra dagar i veckan, varav en eftermiddag. Personalgruppen består av \
            två barnmorskor, tre barnhälsovårdssjuksköterskor, två förskollärare, en kurator och en \
            familjerådgivare på deltid. Samordnaren har 20 procent av sin tjänst avsatt för samordningen.""";

    private static final String COMMUNITY = """
            Området består av både villor och hyreshus. Många barnfamiljer har flyttat in i de nya \
            bostadsområdena i Lugnvik de senaste åren, och andelen familjer med annat modersmål än svenska ökar. \
            Arbetslösheten är något högre än i kommunen som helhet.""";

    private static final String SUPERVISION = """
            Personalgruppen har haft gemensam handledning med extern handledare sex gånger under året, med \
            fokus på samtal om svåra frågor och på hur vi lotsar familjer mellan verksamheterna. Handledningen \
            utvärderas med en kort enkät efter varje tillfälle och i ett samtal på planeringsdagen i juni. \
            Personalen beskriver att handledningen gett ett gemensamt språk och större trygghet i mötet med \
            föräldrar som oroar sig.""";

    private static final String VISITS_COMMENT = """
            Besöken till öppna förskolan ökade under hösten, främst tack vare eftermiddagsöppet på torsdagar. \
            Sommarmånaderna är som vanligt lägre eftersom öppna förskolan har sommaruppehåll i juli. \
            Antalet samtal hos kuratorn har ökat något jämfört med förra året.""";

    private static final String MAIN_GOAL = """
            Vi har arbetat för huvudmålet genom att de fyra verksamheterna möts i vardagen: barnmorskor och \
            BVC-sjuksköterskor är regelbundet med i öppna förskolan, och kuratorn har en fast förmiddag i \
            veckan där. På det gemensamma teammötet varannan vecka tar vi upp generella frågor och planerar \
            aktiviteter tillsammans.

            När en familj behöver mer stöd lotsar vi, med förälderns samtycke, till rätt person inom \
            familjecentralen eller till annan verksamhet. Under året har vi också arbetat med att göra \
            rutinen för gemensamma hembesök känd för nya medarbetare.""";

    private static final String GOAL_1 = """
            Öppna förskolan har öppet en eftermiddag i veckan sedan hösten, för föräldrar som arbetar på \
            förmiddagen. Vi har tagit fram information om verksamheten på fem språk och använder tolk vid \
            behov i BVC- och BMM-besöken. Pappagruppen på lördagar har fortsatt och samlar varje gång \
            mellan sex och tio pappor.""";

    private static final String GOAL_2 = """
            Föräldragrupper erbjuds både på BMM under graviditeten och på BVC under barnets första år. \
            Grupperna fortsätter ofta att träffas på öppna förskolan efter att de avslutats. Vi har även \
            startat ett språkcafé där föräldrar som är nya i Sverige träffar andra föräldrar.""";

    private static final String GOAL_3 = """
            Föräldraenkäten genomfördes under vecka 45 och 46. Därutöver har vi en förslagslåda och ett \
            föräldraråd som träffas två gånger per termin. Föräldrarådet önskade fler aktiviteter utomhus, \
            vilket ledde till en utegrupp under våren.""";

    private static final String GOAL_4 = """
            Kuratorn har drop-in i öppna förskolan varje tisdag och föräldrar kan boka tid utan remiss. \
            BVC erbjuder utökade hembesök i samverkan med socialtjänsten till förstagångsföräldrar som \
            önskar det.""";

    private static final String GOAL_5 = """
            Vi har haft tematräffar om sömn, språkutveckling, tandhälsa och barns säkerhet, där olika \
            professioner medverkat. Biblioteket har haft barnboksprat vid fyra tillfällen. Information om \
            aktiviteter sprids genom anslagstavlan, kommunens webbplats och föräldragrupperna.""";

    private static final String PREVIOUS_GOALS = """
            Båda målen har följts upp på planeringsdagen i juni och i självreflektionen i december. Arbetet har \
            lett till att fler familjer får träffa flera professioner vid samma besök. Ett exempel är \
            att föräldrar som kommer till BVC-besök numera får en inbjudan till öppna förskolan samma dag, och \
            flera av dem har sedan blivit återkommande besökare.""";

    private static final String PREVIOUS_GOAL_NOTE_1 = """
            Vi tog fram en gemensam rutin som gåtts igenom på två teammöten och finns i introduktionspärmen \
            för nya medarbetare. I självreflektionen i december bedömde gruppen påståendet ett steg högre än \
            året innan.""";

    private static final String PREVIOUS_GOAL_NOTE_2 = """
            Målet har delvis nåtts. Arbetet kom igång först efter sommaren eftersom en tjänst var vakant under \
            våren. Vi fortsätter med målet under nästa år.""";

    private static final String DRAFT_GOAL_NOTE = """
            Rutinen är framtagen och presenterad på teammötet i september. Uppföljning sker i \
            självreflektionen i december.""";

    private static final String RESULTS_COMMENT = """
            Resultaten i föräldraenkäten är i stort sett i nivå med tidigare år. Delaktighet ligger fortfarande \
            under målet men har förbättrats något.""";

    private static final String ANALYSIS = """
            Både föräldraenkäten och självreflektionen visar att familjecentralen upplevs som tillgänglig och \
            att bemötandet är gott. Delaktighet är det område där föräldrarna är minst nöjda, och personalen \
            ser samma sak i självreflektionen: vi frågar sällan föräldrarna vad de vill ha och återkopplar \
            inte alltid vad vi gjort med förslagen.

            Personalen bedömer samverkan kring enskilda familjer som god, medan arbetet med gemensamma \
            rutiner och introduktion av nya medarbetare behöver fortsätta. Vi väljer därför två prioriterade \
            mål som rör delaktighet och gemensamma arbetssätt.""";

    private static final String NEXT_GOALS = """
            Målen för %d följer av analysen. Vi arbetar med dem på teammötena och gör en första uppföljning på \
            planeringsdagen i juni. Målen utvärderas med självreflektionen i december och med föräldraenkäten \
            vecka 45–46. Samordnaren ansvarar för att uppföljningen blir av och redovisar den för \
            ledningsgruppen.""";

    private static final String OWN_REFLECTIONS = """
            Året har präglats av personalbyten, men gruppen har hållit ihop verksamheten väl. Vi ser fram \
            emot att få fler gemensamma utbildningsdagar och önskar att ledningsgruppen ger utrymme för det.""";

    private static final String PARENTS_VIEW = """
            Föräldrarna är mest nöjda med bemötandet och minst nöjda med möjligheten att påverka verksamheten.""";

    private static final String JOINT_ANALYSIS = """
            Verksamheten når målen för tillgänglighet, bemötande och kompetens. Målet för delaktighet nås inte \
            fullt ut, varken enligt föräldrarna eller personalen, och är därför ett av de prioriterade målen.""";

    private static final String DEVELOPMENT_AREAS = """
            De prioriterade målen för %d: att öka föräldrarnas delaktighet och att stärka de gemensamma \
            rutinerna. Därtill vill vi nå fler pappor och fler familjer som är nya i området.""";

    private final ReportService reports;
    private final SurveyService surveys;

    ExampleReports(ReportService reports, SurveyService surveys) {
        this.reports = reports;
        this.surveys = surveys;
    }

    /** Last year's report, submitted, and this year's draft. */
    void create(Centre centre, int thisYear) {
        submitted(centre, thisYear - 1);
        draft(centre, thisYear);
    }

    private void submitted(Centre centre, int year) {
        Report report = reports.start(centre.id(), year);
        chooseQuotes(centre, year);
        Map<String, String> fields = new LinkedHashMap<>(common());
        fields.put("supervision", SUPERVISION);
        fields.put("community", COMMUNITY);
        fields.put("visitsComment", VISITS_COMMENT);
        fields.put("goal3", GOAL_3);
        fields.put("goal4", GOAL_4);
        fields.put("goal5", GOAL_5);
        fields.put(ReportTemplate.PREVIOUS_GOALS, PREVIOUS_GOALS);
        fields.put("resultsComment", RESULTS_COMMENT);
        fields.put("analysis", ANALYSIS);
        fields.put(ReportTemplate.NEXT_GOALS, NEXT_GOALS.formatted(year + 1));
        fields.put("ownReflections", OWN_REFLECTIONS);
        fields.put("specialSupportFamilies", "14");
        fields.put("jointAnalysis", JOINT_ANALYSIS);
        fields.put(ReportTemplate.DEVELOPMENT_AREAS, DEVELOPMENT_AREAS.formatted(year + 1));
        ReportContent content = reports.content(report.id());
        fields.put(ReportTemplate.PARENTS_VIEW, content.survey().map(ReportService::parentsViewSuggestion)
                .map(s -> s + " " + PARENTS_VIEW).orElse(PARENTS_VIEW));
        List<String> notes = List.of(PREVIOUS_GOAL_NOTE_1, PREVIOUS_GOAL_NOTE_2);
        for (int i = 0; i < content.previousGoals().size() && i < notes.size(); i++) {
            fields.put(ReportTemplate.PREVIOUS_GOAL_PREFIX + content.previousGoals().get(i).id(), notes.get(i));
        }
        fields.forEach((key, text) -> reports.setField(report.id(), key, text));
        reports.importVisits(report.id(), visits(12, 1.0));
        reports.setStep(report.id(), ReportTemplate.sections(year).size() - 1);
        try {
            reports.submit(report.id(), java.time.LocalDate.of(year + 1, 2, 20));
        } catch (se.samordna.core.common.ValidationException early) {
            reports.submit(report.id()); // before 20 February: handed in today
        }
    }

    private void draft(Centre centre, int year) {
        Report report = reports.start(centre.id(), year);
        Map<String, String> fields = new LinkedHashMap<>(common());
        fields.put("pregnant", "38");
        fields.put("enrolledChildren", "332");
        fields.put("visitsComment", "Statistiken för november och december förs in i januari.");
        fields.put(ReportTemplate.PREVIOUS_GOALS, "Skrivs efter uppföljningen på planeringsdagen i januari.");
        List<YearGoal> previous = reports.content(report.id()).previousGoals();
        if (!previous.isEmpty()) {
            fields.put(ReportTemplate.PREVIOUS_GOAL_PREFIX + previous.getFirst().id(), DRAFT_GOAL_NOTE);
        }
        fields.forEach((key, text) -> reports.setField(report.id(), key, text));
        reports.importVisits(report.id(), visits(10, 1.06));
        reports.setStep(report.id(), 2);
    }

    /** What both years say alike: the description of the centre and the first goals. */
    private static Map<String, String> common() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ReportTemplate.DESCRIPTION, DESCRIPTION);
        fields.put("pregnant", "42");
        fields.put("enrolledChildren", "318");
        fields.put("mainGoal", MAIN_GOAL);
        fields.put("goal1", GOAL_1);
        fields.put("goal2", GOAL_2);
        return fields;
    }

    private static List<VisitCount> visits(int months, double growth) {
        List<VisitCount> counts = new ArrayList<>();
        VisitCategory[] categories = VisitCategory.values();
        for (int c = 0; c < categories.length; c++) {
            for (int month = 1; month <= months; month++) {
                counts.add(new VisitCount(month, categories[c], (int) Math.round(VISITS[c][month - 1] * growth)));
            }
        }
        return counts;
    }

    /** A few different open answers of the year's survey, as the report's quotes. */
    private void chooseQuotes(Centre centre, int year) {
        SurveyResults results = surveys.resultsFor(centre.id(), year).orElse(null);
        if (results == null) {
            return;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Quote quote : results.quotes()) {
            if (quote.gender() != null && chosen.size() < QUOTES && chosen.add(quote.text())) {
                surveys.selectQuote(quote.responseId(), true);
            }
        }
    }
}
