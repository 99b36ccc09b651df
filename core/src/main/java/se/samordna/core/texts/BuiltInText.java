package se.samordna.core.texts;

import static se.samordna.core.texts.CorrectionKind.ANPASSAT;
import static se.samordna.core.texts.CorrectionKind.AVSTAVNING;
import static se.samordna.core.texts.CorrectionKind.CITATTECKEN;
import static se.samordna.core.texts.CorrectionKind.IFYLLT;
import static se.samordna.core.texts.CorrectionKind.SKILJETECKEN;
import static se.samordna.core.texts.CorrectionKind.STAVFEL;
import static se.samordna.core.texts.CorrectionKind.TILLAGT;
import static se.samordna.core.texts.CorrectionKind.UTELAMNAT;
import static se.samordna.core.texts.CorrectionKind.VERSALER;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts Samordna takes word for word from "Länsövergripande riktlinje för familjecentraler i
 * Jämtlands län" (seed 002), each with every change it makes to its source. Where the app says a text
 * is word for word ("ordagrann"), this list is shown beside it ("Rättelser mot källan"); the tests
 * compare each text with the source after these changes of wording and no others.
 */
public enum BuiltInText {
    SAMVERKANSAVTAL("Samverkansavtal", "Bilaga 1, Samverkansavtal för Familjecentralen"),
    AVTAL_SAMORDNARE("Avtal samordnare", "Bilaga 2, Mall – Avtal samordnare"),
    SAMORDNARUPPGIFTER("Samordnarens arbetsuppgifter", "Bilaga 2, Samordnarfunktionen på familjecentralen"),
    VERKSAMHETSBERATTELSE("Verksamhetsberättelse och plan", "Bilaga 3, Verksamhetsberättelse och plan (årlig)"),
    SJALVREFLEKTION("Självreflektion", "Bilaga 4, Självreflektion för dig/ er som personal på Familjecentralen"),
    ARSHJUL("Årshjul", "Bilaga 6, Årshjul familjecentraler");

    private final String title;
    private final String source;

    BuiltInText(String title, String source) {
        this.title = title;
        this.source = source;
    }

    /** What the app calls the text. */
    public String title() {
        return title;
    }

    /** Where in the guideline it comes from. */
    public String source() {
        return source;
    }

    /** Every change of the source, changes of wording first. */
    public List<Correction> corrections() {
        List<Correction> all = switch (this) {
            case SAMVERKANSAVTAL -> collaboration();
            case AVTAL_SAMORDNARE -> coordinatorAgreement();
            case SAMORDNARUPPGIFTER -> coordinatorTasks();
            case VERKSAMHETSBERATTELSE -> report();
            case SJALVREFLEKTION -> reflection();
            case ARSHJUL -> wheel();
        };
        List<Correction> sorted = new ArrayList<>(all.stream().filter(c -> c.kind().wording()).toList());
        sorted.addAll(all.stream().filter(c -> !c.kind().wording()).toList());
        return List.copyOf(sorted);
    }

    /** The changes of wording of every built-in text (for comparing them with the source). */
    public static List<Correction> allWording() {
        List<Correction> wording = new ArrayList<>();
        for (BuiltInText text : values()) {
            text.corrections().stream().filter(c -> c.kind().wording()).forEach(wording::add);
        }
        return List.copyOf(wording);
    }

    private static final String HEADING_CASE = "Rubriken skrivs som de andra rubrikerna och som i avtalsmallen i "
            + "Bilaga 2, inte med versaler.";
    private static final String HYPHEN = "Ordet var avstavat över en radbrytning i originalet.";
    private static final String QUOTES = "Originalet har ” ” (som i innehållsförteckningens ”ben”); citattecknen "
            + "blev raka när texten togs ut ur dokumentet.";

    private static List<Correction> collaboration() {
        return List.of(
                Correction.of(STAVFEL, "Twist på grund", "Tvist på grund", "Stavfel i punkten Tvist."),
                Correction.of(STAVFEL, "kostanden", "kostnaden", "Stavfel i punkten Samordnare."),
                Correction.of(AVSTAVNING, "familje-centralen", "familjecentralen", HYPHEN),
                Correction.of(AVSTAVNING, "familje-centralerna", "familjecentralerna", HYPHEN),
                Correction.of(VERSALER, "UPPTAGNINGSSOMRÅDE", "Upptagningsområde",
                        "Rubriken skrivs som de andra rubrikerna, och stavfelet (dubbelt s) är rättat."),
                Correction.of(VERSALER, "ANSVARSFÖRDELNING", "Ansvarsfördelning", HEADING_CASE),
                Correction.of(VERSALER, "LEDNINGSORGANISATION", "Ledningsorganisation", HEADING_CASE),
                Correction.of(VERSALER, "UTVECKLINGSFRÅGOR OCH VERKSAMHETSUPPFÖLJNING",
                        "Utvecklingsfrågor och verksamhetsuppföljning", HEADING_CASE),
                Correction.of(VERSALER, "BUDGET", "Budget", HEADING_CASE),
                Correction.of(VERSALER, "LOKALER", "Lokaler", HEADING_CASE),
                Correction.of(VERSALER, "ANSVAR VID ÖVERFÖRING AV INFORMATION", "Ansvar vid överföring av information",
                        HEADING_CASE),
                Correction.of(VERSALER, "INFORMATIONSSKYLDIGHET", "Informationsskyldighet", HEADING_CASE),
                Correction.of(VERSALER, "AVTALSTID", "Avtalstid", HEADING_CASE),
                Correction.of(VERSALER, "FÖRHANDLING", "Förhandling", HEADING_CASE),
                Correction.of(VERSALER, "TVIST", "Tvist", HEADING_CASE),
                Correction.of(CITATTECKEN, "\"Husmöten\"", "”Husmöten”", QUOTES),
                Correction.of(IFYLLT, "namn på familjecentralen, namn på kommunen, ange namn på kommunen, "
                        + "ange inom vilket område, ange namn på kommunen som avses", "familjecentralens uppgifter",
                        "Fylls i från familjecentralen, eller från fliken Uppgifter om avtalet ska säga något annat."),
                Correction.of(IFYLLT, "tolv (månader)", "avtalets uppsägningstid",
                        "Mallens tolv månader gäller tills en annan uppsägningstid anges."),
                Correction.of(IFYLLT, "För fyll i kommun, 20 - -, Namn förvaltning, Befattning, Kommun; "
                        + "Namn Hälsocentral, Sjukvårdsområde", "en underskriftsruta per part",
                        "Mallens underskriftsrutor skrivs ut med parternas uppgifter: ort och datum, underskrift, "
                                + "namnförtydligande, förvaltning (för regionen hälsocentral), befattning och "
                                + "kommun (för regionen sjukvårdsområde)."),
                Correction.of(UTELAMNAT, "länken till Föreningen för Familjecentralers främjandes hemsida",
                        "länkens text",
                        "En utskrift kan inte följa en länk; texten står kvar."));
    }

    private static List<Correction> coordinatorAgreement() {
        return List.of(
                Correction.of(STAVFEL, "kostanden", "kostnaden", "Stavfel i punkten Budget."),
                Correction.of(IFYLLT, "Mall – Avtal samordnare ange namn på familjecentralen i ange namn på kommunen",
                        "Avtal samordnare (familjecentralen) i (kommunen)",
                        "Ordet Mall stryks i ett ifyllt avtal; namnen fylls i från familjecentralen."),
                Correction.of(IFYLLT, "varje Familjecentrals ledningsgrupp överenskommer omfattning",
                        "den överenskomna omfattningen", "Fylls i från fliken Uppgifter, till exempel 20 %."),
                Correction.of(IFYLLT, "Arbetsuppgifter för samordnaren vid aktuell familjecentral",
                        "de arbetsuppgifter som valts",
                        "Mallens lista byts mot uppgifterna som bockats för ur Bilaga 2:s lista över "
                                + "rekommenderade arbetsuppgifter (som säger ledningsgruppen där mallens lista säger "
                                + "styrgruppen), eller skrivits till."),
                Correction.of(IFYLLT, "För fyll i kommun, 20 - -, Namn förvaltning, Befattning, Kommun; "
                        + "Namn Hälsocentral, Sjukvårdsområde", "en underskriftsruta per part",
                        "Som i samverkansavtalet."),
                Correction.of(TILLAGT, "", "Samordnare, omfattning, avtalsperiod, uppsägningstid och "
                        + "kostnadsfördelning per år", "Samordna skriver dem ur avtalets uppgifter, efter mallens "
                        + "inledning och under Budget och Avtalstid."));
    }

    private static List<Correction> coordinatorTasks() {
        return List.of(Correction.of(IFYLLT,
                "familjecentralen ange namn på aktuell familjecentral samt ange inom vilken kommun",
                "(familjecentralen) i (kommunen)", "Rubriken fylls i från familjecentralen."));
    }

    private static List<Correction> report() {
        return List.of(
                Correction.of(STAVFEL, "målluppfyllelse", "måluppfyllelse", "Stavfel i Introduktion."),
                Correction.of(SKILJETECKEN, "(Gärna ett konkret exempel.", "(Gärna ett konkret exempel.)",
                        "Slutparentesen saknades i vägledningen till Prioriterade mål."),
                Correction.of(IFYLLT, "XX kommuns", "(kommunens namn) kommuns",
                        "Introduktionen fylls i med familjecentralens kommun."),
                Correction.of(IFYLLT, "Familjecentral (fyll i namn)", "familjecentralens namn",
                        "Rubriken är familjecentralens namn."),
                Correction.of(IFYLLT, "Prioriterade mål (skriv in år)", "Prioriterade mål (verksamhetsåret)",
                        "Året som berättelsen gäller."),
                Correction.of(IFYLLT, "Prioriterade mål under år XX (fyll i aktuellt år)",
                        "Prioriterade mål under år (nästa år)", "Året efter verksamhetsåret, som planen gäller."),
                Correction.of(ANPASSAT, "Beskriv kort den specifika familjecentralen, upptagningsområdet, "
                        + "samhällsstruktur, …", "Vägledning vid varje fält",
                        "Mallens vägledning står i sin helhet överst i avsnittet Familjecentral och visas också "
                                + "i delar vid fälten; likaså vid Analys och Prioriterade mål. Delarna får stor "
                                + "begynnelsebokstav och punkt."),
                Correction.of(UTELAMNAT, "Enkätsvaren skickas till administratör på Kompetenscentrum för barn- och "
                        + "mödrahälsovården som sedan sammanställer resultatet i form av diagram som här ska sättas "
                        + "in.", "", "Samordna sätter själv in diagrammen från föräldraenkäten och självreflektionen."),
                Correction.of(UTELAMNAT, "- ----- (tre tomma rader för citat)", "de valda citaten",
                        "Citaten väljs bland föräldrarnas egna ord i enkäten och märks kvinna/man/annan."),
                Correction.of(UTELAMNAT, "Nedan följer rekommenderad struktur för hur en årlig verksamhetsberättelse "
                        + "och plan ska skrivas. Mallens ursprung kommer från den s.k. \"Jönköpingsmodellen\" (11).",
                        "", "Meningen handlar om mallen, inte om verksamheten."),
                Correction.of(TILLAGT, "", "Besöksstatistik", "Eget avsnitt: mallen nämner besöksstatistiken under "
                        + "Familjecentral, och Bilaga 2 säger att verksamhetsberättelsen görs med besöksstatistik."),
                Correction.of(TILLAGT, "", "Det som ska anges särskilt", "Eget avsnitt med de fyra uppgifter som "
                        + "verksamhetsberättelsen ska ange enligt samverkansavtalet (Bilaga 1)."),
                Correction.of(TILLAGT, "", "Samordnas tips", "Råden vid fem av fälten är Samordnas egna och visas "
                        + "märkta så, skilda från mallens vägledning."));
    }

    private static List<Correction> wheel() {
        return List.of(Correction.of(STAVFEL, "Resp. verksamhets chef", "Resp. verksamhetschef",
                "Särskrivning i rollen som godkänner sommarsemestrarna (mars); rollen heter så i ringen och listan."));
    }

    private static List<Correction> reflection() {
        return List.of(Correction.of(CITATTECKEN, "\"över tröskeln\"", "”över tröskeln”", QUOTES));
    }
}
