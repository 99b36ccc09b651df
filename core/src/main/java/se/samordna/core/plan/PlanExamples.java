package se.samordna.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.samordna.core.survey.SurveyArea;

/**
 * Example action plans in the spirit of Göteborg Centrum's FCA plan (seed 004) and Lindesberg's
 * municipal strategy (seed 001): målområden with their övergripande målsättning, delmål, and activities
 * with målgrupp, ansvar (roles and organisations, never people) and förväntad effekt. Made up.
 */
public final class PlanExamples {

    private PlanExamples() {
    }

    /**
     * A centre's plan for {@code year}: the year's proposed goals taken in under "Föräldraskapsstöd",
     * activities at different stages, some checkpoints recorded and one overdue, indicators linked to
     * the survey and the workshop.
     */
    public static Plan centrePlan(PlanService plans, PlanProposals proposals, long centreId, int year) {
        Plan plan = plans.openForCentre(centreId, year);
        GoalArea support = plans.addArea(plan.id(), "Föräldraskapsstöd",
                "Erbjuda familjer och andra viktiga vuxna ett samordnat och välfungerande stöd utifrån barns behov.");
        GoalArea platform = plans.addArea(plan.id(), "Tidiga och samordnade insatser",
                "Familjecentralen är en stabil plattform för tidig upptäckt och tidiga samordnade insatser.");
        GoalArea competence = plans.addArea(plan.id(), "Kompetens och samverkan",
                "Personal och chefer i familjecentralens verksamheter har kunskap om familjecentrerat arbetssätt.");

        for (GoalProposal proposal : proposals.goalProposals(plan.id())) {
            if (proposal.answer() == GoalProposal.Answer.OPEN) {
                proposals.acceptGoal(plan.id(), proposal.goal().id(), support.id());
            }
        }

        Subgoal groups = plans.addSubgoal(support.id(),
                "Det ska finnas tillgängligt generellt föräldraskapsstöd 0–6 år anpassat efter målgrupper, för att "
                        + "även nå dem som behöver det mest.");
        Activity abc = plans.addActivity(groups.id(), ActivityDraft.of(
                        "Erbjuda ABC-föräldragrupper två gånger per termin, varav en på arabiska med tolk och "
                                + "barnpassning under träffarna.")
                .withWho("Föräldrar med barn 3–6 år i upptagningsområdet",
                        "Förebyggande socialtjänst i samverkan med öppna förskolan",
                        "Föräldrar rustas att möta utmaningar i föräldraskapet; förbättrade familjerelationer.")
                .withIndicator("Antal föräldrar som fullföljt en ABC-grupp", "Minst 24 föräldrar under året",
                        "Deltagarlistor, räknas vid varje avstämning", null)
                .withDates(LocalDate.of(year, 1, 15), LocalDate.of(year, 12, 15)));
        plans.setStage(abc.id(), PdsaStage.GORA);
        Checkpoint spring = plans.planCheckpoint(abc.id(), LocalDate.of(year, 4, 15));
        plans.recordCheckpoint(spring.id(), PdsaStage.GORA, "Första gruppen klar, nio föräldrar fullföljde.", "9");
        plans.planCheckpoint(abc.id(), LocalDate.of(year, 9, 30));

        Activity fathers = plans.addActivity(groups.id(), ActivityDraft.of(
                        "Starta en pappagrupp på lördagar tillsammans med biblioteket.")
                .withWho("Pappor och andra viktiga vuxna med barn 0–3 år", "Öppna förskolan med stöd av biblioteket",
                        "Fler pappor känner sig välkomna och tar del av familjecentralens stöd.")
                .withIndicator("Andel positiva svar om bemötande i föräldraenkäten", "Minst 85 %",
                        "Föräldraenkäten vecka 45–46", new IndicatorLink(IndicatorKind.SURVEY_AREA,
                                SurveyArea.BEMOTANDE.name(), null))
                .withDates(LocalDate.of(year, 2, 1), LocalDate.of(year, 6, 15)));
        plans.planCheckpoint(fathers.id(), LocalDate.of(year, 3, 31));

        Subgoal reading = plans.addSubgoal(support.id(),
                "Läsfrämjande insatser når familjer med små barn i hela upptagningsområdet.");
        plans.addActivity(reading.id(), ActivityDraft.of(
                        "Dela ut Bokstart-påsar vid BVC:s 8-månadersbesök och bjuda in till sagostund på öppna förskolan.")
                .withWho("Familjer med barn 6–12 månader", "Barnhälsovården och biblioteket; samordnaren samordnar",
                        "Fler föräldrar läser för sina barn; starkare språkutveckling.")
                .withIndicator("Antal utdelade Bokstart-påsar", "Minst 80", "Räknas av BVC vid varje avstämning", null)
                .withDates(LocalDate.of(year, 3, 1), LocalDate.of(year, 11, 30)));

        Subgoal early = plans.addSubgoal(platform.id(),
                "Stabila strukturer för samverkan kring blivande och nyblivna föräldrar.");
        Activity handover = plans.addActivity(early.id(), ActivityDraft.of(
                        "Gemensam rutin för överlämning från mödrahälsovård till barnhälsovård, med ett "
                                + "gemensamt välkomstbesök på öppna förskolan.")
                .withWho("Blivande och nyblivna föräldrar", "Mödrahälsovården och barnhälsovården",
                        "Samverkan för upptäckt och insatser tidigt i barns liv.")
                .withIndicator("Gruppens gemensamma bedömning av samverkan i självreflektionen", "Minst 5",
                        "Självreflektionen i december", new IndicatorLink(IndicatorKind.REFLECTION_AREA,
                                "SAMVERKAN", BigDecimal.valueOf(5)))
                .withDates(LocalDate.of(year, 1, 10), LocalDate.of(year, 5, 31)));
        plans.setStage(handover.id(), PdsaStage.FOLJA_UPP);
        plans.recordCheckpoint(handover.id(), LocalDate.of(year, 5, 20), PdsaStage.FOLJA_UPP,
                "Rutinen används på båda hälsocentralerna.", "");
        plans.decide(handover.id(), CycleDecision.BEHALL, "Rutinen blir en del av det ordinarie arbetet.");

        Subgoal learning = plans.addSubgoal(competence.id(),
                "Grundläggande kunskap om familjecentrerat arbetssätt finns hos personal och chefer.");
        plans.addActivity(learning.id(), ActivityDraft.of(
                        "Introduktion i familjecentrerat arbetssätt och samverkansavtalet för nyanställda, två gånger per år.")
                .withWho("Nyanställd personal i familjecentralens verksamheter", "Samordnaren och ledningsgruppen",
                        "Nya medarbetare känner till uppdraget och varandras verksamheter.")
                .withIndicator("Antal genomförda introduktioner", "2", "Samordnarens anteckningar", null)
                .withDates(LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 15)));
        return plans.get(plan.id());
    }

    /**
     * A municipality's plan for {@code year} covering {@code centreIds}, built like Lindesberg's strategy:
     * three övergripande mål with their insatsområden as delmål, followed up by the styrgrupp.
     */
    public static Plan municipalPlan(PlanService plans, String municipality, int year, List<Long> centreIds) {
        Plan plan = plans.openForMunicipality(municipality, year, centreIds);
        GoalArea knowledge = plans.addArea(plan.id(), "Ett kunskapsbaserat arbetssätt",
                "Det stöd som erbjuds föräldrar bygger på bästa tillgängliga kunskap.");
        GoalArea access = plans.addArea(plan.id(), "Ett tillgängligt stöd",
                "Fler föräldrar tar del av det universella föräldraskapsstödet, och de som behöver mer får det.");
        GoalArea organisation = plans.addArea(plan.id(), "En stödjande organisation",
                "En tydlig kedja av ansvariga aktörer för föräldraskapsstödet på varje nivå.");

        Subgoal indicators = plans.addSubgoal(knowledge.id(),
                "Nationella, regionala och lokala indikatorer används för att mäta och utveckla föräldraskapsstödet.");
        plans.addActivity(indicators.id(), ActivityDraft.of(
                        "Sammanställa föräldraenkäterna från kommunens familjecentraler och redovisa dem för styrgruppen.")
                .withWho("Styrgruppen för familjecentral och föräldraskapsstöd", "Samordnarna på familjecentralerna",
                        "Styrgruppen prioriterar utifrån en samlad lägesbild.")
                .withIndicator("Andel positiva svar om tillgänglighet", "Minst 85 %", "Föräldraenkäten vecka 45–46",
                        new IndicatorLink(IndicatorKind.SURVEY_AREA, SurveyArea.TILLGANGLIGHET.name(), null))
                .withDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1)));

        Subgoal mapping = plans.addSubgoal(access.id(), "Kartlägga utbudet av föräldraskapsstöd i kommunen.");
        Activity map = plans.addActivity(mapping.id(), ActivityDraft.of(
                        "Kartlägga föräldraskapsstödet hos kommunen, regionen och civilsamhället och publicera det "
                                + "på kommunens webbplats.")
                .withWho("Föräldrar med barn 0–18 år", "Socialförvaltningen och barn- och utbildningsförvaltningen",
                        "Föräldrar och personal hittar det stöd som finns.")
                .withIndicator("Kartläggningen publicerad", "Publicerad före sommaren", "Styrgruppens protokoll", null)
                .withDates(LocalDate.of(year, 2, 1), LocalDate.of(year, 6, 30)));
        for (int quarter = 0; quarter < 4; quarter++) {
            plans.planCheckpoint(map.id(), LocalDate.of(year, 3 + quarter * 3, 15)); // the styrgrupp meets four times a year
        }

        Subgoal cooperation = plans.addSubgoal(organisation.id(),
                "Stärka samverkan mellan förskola, skola, socialtjänst, regionen och civilsamhället.");
        plans.addActivity(cooperation.id(), ActivityDraft.of(
                        "Gemensam halvdag om familjecentrerat arbetssätt för chefer i kommunen och regionen.")
                .withWho("Chefer och beslutsfattare i kommun och region", "Styrgruppen",
                        "Samsyn kring vikten av föräldraskapsstöd och en tydlig ansvarsfördelning.")
                .withIndicator("Andel chefer som deltagit", "Minst 75 %", "Deltagarlista", null)
                .withDates(LocalDate.of(year, 9, 1), LocalDate.of(year, 10, 31)));
        return plans.get(plan.id());
    }
}
