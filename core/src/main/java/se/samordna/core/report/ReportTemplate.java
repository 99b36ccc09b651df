package se.samordna.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.samordna.core.agreement.MunicipalityNames;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreKind;

/**
 * The template "Mall – Verksamhetsberättelse och plan" (Bilaga 3 of the county guideline), its
 * sections in order with the template's own guidance word for word, and the four things the report
 * must state (Bilaga 1, "Utvecklingsfrågor och verksamhetsuppföljning"). Each guidance text says whose
 * words it is: five are Samordna's own tips ({@link GuidanceSource#SAMORDNA}), never shown as the
 * template's.
 */
public final class ReportTemplate {

    /** How a field is written. */
    public enum Kind {
        /** Several paragraphs. */
        TEXT,
        /** One line. */
        LINE,
        /** A whole number, 0 or more. */
        NUMBER
    }

    /** What a section shows besides its fields. */
    public enum Content {
        NONE,
        /** Visitor statistics per month and part. */
        VISITS,
        /** Last year's prioritised goals, read from the goals of the year. */
        PREVIOUS_GOALS,
        /** The year's survey and self-reflection results, and the parent quotes chosen. */
        RESULTS,
        /** The two prioritised goals for the coming year. */
        NEXT_GOALS,
        /** Completeness, due date, export and submission. */
        REVIEW
    }

    /**
     * Whose words a guidance text is: the template's own (Bilaga 3), the guideline's elsewhere (Bilaga 1
     * or 2), or a tip Samordna wrote itself, which the wizard shows apart from the template's guidance.
     */
    public enum GuidanceSource {
        MALL,
        BILAGA_1,
        BILAGA_2,
        SAMORDNA
    }

    /** A field to write, with the guidance beside it and whose words the guidance is. */
    public record Field(String key, String title, String guidance, Kind kind, boolean required,
                        GuidanceSource source) {
        /** A field with the template's own guidance. */
        Field(String key, String title, String guidance, Kind kind, boolean required) {
            this(key, title, guidance, kind, required, GuidanceSource.MALL);
        }
    }

    /** A step of the wizard and a section of the printed report; its intro's words are {@code introSource}'s. */
    public record Section(String key, String title, String intro, List<Field> fields, Content content,
                          GuidanceSource introSource) {
        public Section {
            fields = List.copyOf(fields);
        }

        Section(String key, String title, String intro, List<Field> fields, Content content) {
            this(key, title, intro, fields, content, GuidanceSource.MALL);
        }

        /** Whether the section is printed (the review step is not). */
        public boolean printed() {
            return content != Content.REVIEW;
        }
    }

    /** A part of the template's own text before the Mall: its heading and its paragraphs and bullets. */
    public record TextPart(String key, String title, List<Passage> passages) {
        public TextPart {
            passages = List.copyOf(passages);
        }
    }

    /** A paragraph, or one bullet of a list. */
    public record Passage(String text, boolean bullet) {
    }

    /** Bilaga 1: what the report "ska särskilt anges". */
    public static final String MUST_STATE_INTRO = "I verksamhetsberättelsen med kvalitetsuppföljning som senast den "
            + "första mars ska lämnas till respektive huvudman, ska särskilt anges:";

    /** The main goal of the shared work, as the template states it. */
    public static final String MAIN_GOAL = "Parterna ska i familjecentralen samverka för tidiga insatser till blivande "
            + "föräldrar och familjer med barn i åldrarna 0-6 år. Följande övergripande mål skall gälla för den "
            + "gemensamma verksamheten.\n\nGenom samverkan och utifrån familjens livssituation främja en god hälsa för "
            + "barn och föräldrar. I samverkan med föräldrar främja en trygg anknytning, gynnsam fysisk, psykisk och "
            + "social utveckling för förskolebarn. Parterna skall gemensamt särskilt följa utvecklingen hos barn och "
            + "deras familjer som visar tecken på en ogynnsam utveckling.";

    /** Field keys used by the service and the documents. */
    public static final String DESCRIPTION = "description";
    public static final String CATCHMENT = "catchment";
    public static final String PARENTS_VIEW = "parentsView";
    public static final String DEVELOPMENT_AREAS = "developmentAreas";
    public static final String PREVIOUS_GOALS = "previousGoals";
    public static final String NEXT_GOALS = "nextGoals";
    /** Per goal of last year: "previousGoal." + goal id. */
    public static final String PREVIOUS_GOAL_PREFIX = "previousGoal.";
    /** The first-section fields whose printed length must stay within one page. */
    public static final List<String> ONE_PAGE_FIELDS = List.of("description", "catchment", "community", "pregnant",
            "enrolledChildren", "supervision");

    private static final String PREAMBLE_RESOURCE = "verksamhetsberattelse.txt";
    private static final String MUNICIPALITY_BLANK = "{{kommunform|XX}} kommuns";

    private ReportTemplate() {
    }

    /**
     * The template's own text before the Mall (Bilaga 3: Introduktion, Inledning, Verksamhetens mål och
     * inriktning with the follow-up, Samordnarfunktionen på familjecentralen), in full and in order, its
     * blank "XX kommuns" filled with the centre's municipality.
     */
    public static List<TextPart> preamble(String municipality) {
        String form = MunicipalityNames.beforeKommun(municipality);
        return parsePreamble(form.isEmpty() ? "kommunens" : form + " kommuns");
    }

    /** The text before the Mall as the template writes it, the blank as "XX kommuns" (for comparing with the seed). */
    static List<TextPart> preambleAsWritten() {
        return parsePreamble("XX kommuns");
    }

    private static List<TextPart> parsePreamble(String filled) {
        List<TextPart> parts = new ArrayList<>();
        String key = null;
        String title = null;
        List<Passage> passages = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : readLines(PREAMBLE_RESOURCE)) {
            if (line.startsWith("#")) {
                continue;
            }
            String text = line.strip().replace(MUNICIPALITY_BLANK, filled);
            if (line.startsWith("== ") || line.isBlank() || line.startsWith("- ")) {
                if (!paragraph.isEmpty()) {
                    passages.add(new Passage(paragraph.toString(), false));
                    paragraph.setLength(0);
                }
            }
            if (line.startsWith("== ")) {
                if (key != null) {
                    parts.add(new TextPart(key, title, passages));
                }
                String[] head = line.substring(3).split("\\|", 2);
                key = head[0].strip();
                title = head[1].strip();
                passages = new ArrayList<>();
            } else if (line.startsWith("- ")) {
                passages.add(new Passage(text.substring(2).strip(), true));
            } else if (!line.isBlank()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
            }
        }
        if (!paragraph.isEmpty()) {
            passages.add(new Passage(paragraph.toString(), false));
        }
        if (key != null) {
            parts.add(new TextPart(key, title, passages));
        }
        return List.copyOf(parts);
    }

    /**
     * The heading the template writes "Familjecentral (fyll i namn)": the centre's name, which mostly
     * says "Familjecentralen" already; a centre named otherwise gets the template's word before it.
     */
    public static String centreTitle(Centre centre) {
        String name = centre.name().strip();
        if (name.toLowerCase(Locale.ROOT).startsWith("familjecentral")
                || centre.details().kind() == CentreKind.FAMILJECENTRALSLIKNANDE) {
            return name;
        }
        return "Familjecentral " + name;
    }

    /** The sections for a report on {@code year}, in the template's order, then the review step. */
    public static List<Section> sections(int year) {
        return sections(year, "");
    }

    /**
     * The sections with the template's blanks in their headings filled: the centre's name (from
     * {@link #centreTitle}) for "Familjecentral (fyll i namn)", the years for "(skriv in år)" and
     * "XX (fyll i aktuellt år)".
     */
    public static List<Section> sections(int year, String centreTitle) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("familjecentral", centreTitle.isBlank() ? "Familjecentral" : centreTitle,
                "Beskriv kort den specifika familjecentralen, upptagningsområdet, samhällsstruktur, besöksstatistik, "
                        + "antal gravida, antal inskrivna barn osv. Beskriv även om ni haft handledning samt hur ni "
                        + "utvärderar denna (max 1 sida).",
                List.of(
                        new Field(DESCRIPTION, "Beskrivning av familjecentralen",
                                "Beskriv kort den specifika familjecentralen.", Kind.TEXT, true),
                        new Field(CATCHMENT, "Upptagningsområde", "Upptagningsområdet.", Kind.LINE, true),
                        new Field("community", "Samhällsstruktur", "Samhällsstruktur.", Kind.TEXT, false),
                        new Field("pregnant", "Antal gravida", "Antal gravida.", Kind.NUMBER, true),
                        new Field("enrolledChildren", "Antal inskrivna barn", "Antal inskrivna barn.", Kind.NUMBER, true),
                        new Field("supervision", "Handledning",
                                "Beskriv även om ni haft handledning samt hur ni utvärderar denna.", Kind.TEXT, true)),
                Content.NONE));
        sections.add(new Section("besoksstatistik", "Besöksstatistik",
                "Samordnaren ska årligen upprätta gemensam verksamhetsplan och verksamhetsberättelse med "
                        + "besöksstatistik.",
                List.of(new Field("visitsComment", "Kommentar till besöksstatistiken",
                        "Till exempel vad som förklarar en ökning eller minskning.", Kind.TEXT, false,
                        GuidanceSource.SAMORDNA)),
                Content.VISITS, GuidanceSource.BILAGA_2));
        sections.add(new Section("gemensamVerksamhet",
                "Familjecentralernas gemensamma verksamhet utifrån måluppfyllelse", MAIN_GOAL,
                List.of(
                        new Field("mainGoal", "Huvudmålet",
                                "Beskriv hur ni på er familjecentral arbetat för att nå detta huvudmål.", Kind.TEXT, true),
                        new Field("goal1", "Vara lättillgänglig som nära mötesplats.",
                                "Beskriv ert gemensamma arbete hur ni arbetar för att vara en tillgänglig mötesplats. "
                                        + "Ta i beaktning etnicitet, språk, jämställt föräldraskap, jämlikt erbjudande "
                                        + "av verksamheten etcetera.", Kind.TEXT, true),
                        new Field("goal2", "Stärka det sociala nätverket runt barn och föräldrar.",
                                "Beskriv ert gemensamma arbete hur ni arbetar för att stärka nätverket runt barn och "
                                        + "föräldrar. Exempelvis genom erbjudande om föräldraskapsstöd i grupp m.m.",
                                Kind.TEXT, true),
                        new Field("goal3", "Skapa arbetsformer där barn och föräldrar är delaktiga.",
                                "Beskriv ert gemensamma arbete hur ni gör barn och föräldrar delaktiga. Ex. kan vara "
                                        + "genom enkäter till barn och föräldrar.", Kind.TEXT, true),
                        new Field("goal4", "Erbjuda ett lättillgängligt stöd.",
                                "Beskriv ert gemensamma arbete hur ni erbjuder ett lättillgängligt stöd.", Kind.TEXT,
                                true),
                        new Field("goal5", "Vara ett kunskaps- och informationscentrum.",
                                "Beskriv hur och på vilket sätt ni gemensamt arbetar för att vara ett kunskaps- och "
                                        + "informationscentrum.", Kind.TEXT, true)),
                Content.NONE));
        sections.add(new Section("prioriteradeMalForra", "Prioriterade mål " + year,
                "Reflektera över och beskriv här de mål som utifrån självreflektion och föräldraenkät valdes ut av "
                        + "familjecentralen förra året, hur ni har arbetat med dessa samt hur de har utvärderats. Gärna "
                        + "mätbara mål. Hur har målet gjort skillnad för de barn och föräldrar vi möter? (Gärna ett "
                        + "konkret exempel.)",
                List.of(new Field(PREVIOUS_GOALS, "Hur ni har arbetat med målen och hur de har utvärderats",
                        "Hur har målet gjort skillnad för de barn och föräldrar vi möter? (Gärna ett konkret exempel.)",
                        Kind.TEXT, true)),
                Content.PREVIOUS_GOALS));
        sections.add(new Section("resultat", "Resultat",
                "Här presenteras de resultat familjecentralen gjort under året. I nuläget föräldraenkät och "
                        + "självreflektion.",
                List.of(new Field("resultsComment", "Kommentar till resultaten",
                        "Utrymme för några citat från föräldrarna. Markera kvinna/man/annan.", Kind.TEXT, false)),
                Content.RESULTS));
        sections.add(new Section("analys", "Analys av resultat utifrån föräldraenkät och självreflektion",
                "Analysera resultaten från föräldraenkät och självreflektionen nedan",
                List.of(new Field("analysis", "Analys",
                        "Analysera resultaten från föräldraenkät och självreflektionen.", Kind.TEXT, true)),
                Content.NONE));
        sections.add(new Section("prioriteradeMalNasta", "Prioriterade mål under år " + (year + 1),
                "Utifrån analysen (självreflektionen och föräldraenkäten) väljs två prioriterade mål, beskriv hur ni "
                        + "arbetar med dessa under nästkommande år och hur de ska utvärderas. Gärna mätbara mål.",
                List.of(new Field(NEXT_GOALS, "Hur ni arbetar med målen och hur de ska utvärderas",
                        "Beskriv hur ni arbetar med dessa under nästkommande år och hur de ska utvärderas.",
                        Kind.TEXT, true)),
                Content.NEXT_GOALS));
        sections.add(new Section("egnaReflektioner", "Familjecentralens egna reflektioner",
                "Skriv eventuella övriga tankar som arbetslaget har.",
                List.of(new Field("ownReflections", "Egna reflektioner",
                        "Skriv eventuella övriga tankar som arbetslaget har.", Kind.TEXT, false)),
                Content.NONE));
        sections.add(new Section("skaAnges", "Det som ska anges särskilt", MUST_STATE_INTRO,
                List.of(
                        new Field("specialSupportFamilies", "Antal familjer i behov av särskilt stöd, där två eller "
                                + "fler av professionerna på familjecentralen har samarbetat kring tidiga insatser",
                                "Ett antal, inga namn eller andra uppgifter om familjerna.", Kind.NUMBER, true,
                                GuidanceSource.SAMORDNA),
                        new Field(PARENTS_VIEW, "Föräldrarnas uppfattning om verksamhetens måluppfyllelse",
                                "Från föräldraenkäten.", Kind.TEXT, true, GuidanceSource.SAMORDNA),
                        new Field("jointAnalysis", "Verksamhetens måluppfyllelse utifrån en samlad analys",
                                "Från analysen av föräldraenkät och självreflektion.", Kind.TEXT, true,
                                GuidanceSource.SAMORDNA),
                        new Field(DEVELOPMENT_AREAS, "Utvecklingsområden inför kommande verksamhetsår",
                                "Till exempel de prioriterade målen för " + (year + 1) + ".", Kind.TEXT, true,
                                GuidanceSource.SAMORDNA)),
                Content.NONE, GuidanceSource.BILAGA_1));
        sections.add(new Section("granska", "Granska och lämna in", "", List.of(), Content.REVIEW));
        return List.copyOf(sections);
    }

    /** The field with this key, if the template has one (per-goal fields are not listed here). */
    public static Optional<Field> field(int year, String key) {
        return sections(year).stream().flatMap(s -> s.fields().stream()).filter(f -> f.key().equals(key)).findFirst();
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = ReportTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a key may be written: a template field, or a note on one of last year's goals. */
    public static boolean knows(int year, String key) {
        return field(year, key).isPresent() || key.matches(java.util.regex.Pattern.quote(PREVIOUS_GOAL_PREFIX) + "\\d+");
    }
}
