package se.samordna.core.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.samordna.core.agreement.AgreementDocument.DocClause;
import se.samordna.core.agreement.AgreementDocument.DocParty;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.Role;

/** Turns an agreement and its blanks' values into the resolved document request. */
final class AgreementComposer {
    private AgreementComposer() {
    }

    static AgreementDocument compose(Agreement agreement, Map<String, String> values, Centre centre, int copies,
                                     LocalDate today) {
        AgreementTemplate template = AgreementTemplate.of(agreement.kind());
        List<DocClause> clauses = new ArrayList<>();
        for (Clause clause : agreement.clauses()) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : Block.parse(AgreementService.fill(clause.body(), values).text())) {
                if (block instanceof Block.Generated generated) {
                    blocks.addAll(generated(generated.name(), agreement, values));
                } else {
                    blocks.add(block);
                }
            }
            clauses.add(new DocClause(AgreementService.fill(clause.heading(), values).text(), blocks));
        }
        List<DocParty> parties = agreement.parties().stream().map(p -> party(p, values)).toList();
        String kommunform = values.getOrDefault(Placeholder.KOMMUNFORM.key(), "");
        String centreName = values.getOrDefault(Placeholder.FAMILJECENTRAL.key(), centre.name());
        String centreLine = kommunform.isBlank() ? centreName : centreName + " · " + kommunform + " kommun";
        LocalDate date = switch (agreement.status()) {
            case UTKAST -> today;
            case KLAR -> agreement.readyAt().toLocalDate();
            case UNDERTECKNAT, UPPSAGT -> agreement.signedDate();
        };
        String author = centre.peopleIn(Role.SAMORDNARE).stream().findFirst().map(p -> p.name()).orElse(centreName);
        return new AgreementDocument(
                AgreementService.fill(template.title(), values).text(),
                template.subtitle(),
                centreLine,
                agreement.kind() == AgreementKind.SAMVERKAN ? "Samverkansavtal (Bilaga 1)" : "Avtal samordnare (Bilaga 2)",
                agreement.version(),
                agreement.status(),
                date,
                agreement.signedDate(),
                clauses,
                parties,
                copies,
                author,
                agreement.kind() == AgreementKind.SAMVERKAN
                        ? "Samverkansavtal för familjecentral enligt Länsövergripande riktlinje för familjecentraler "
                        + "i Jämtlands län, Bilaga 1"
                        : "Avtal för samordnare på familjecentral enligt Länsövergripande riktlinje för "
                        + "familjecentraler i Jämtlands län, Bilaga 2");
    }

    /**
     * A party's signature block. The template signs for a municipality ("För … kommun": Namn förvaltning,
     * Befattning, Kommun) and for the region ("För Region …": Namn Hälsocentral, Befattning,
     * Sjukvårdsområde); a party added by hand gets an organisation line only.
     */
    private static DocParty party(Party party, Map<String, String> values) {
        String heading = AgreementService.fill(party.heading(), values).text();
        String raw = party.heading().toLowerCase(Locale.ROOT);
        String organisationLabel;
        String areaLabel;
        String area;
        if (raw.contains("region")) {
            organisationLabel = "Hälsocentral";
            areaLabel = "Sjukvårdsområde";
            area = values.getOrDefault(Placeholder.OMRADE.key(), "");
        } else if (raw.contains("kommun")) {
            organisationLabel = "Förvaltning";
            areaLabel = "Kommun";
            area = heading.replaceFirst("^För\\s+", "").strip();
        } else {
            organisationLabel = "Organisation";
            areaLabel = "";
            area = "";
        }
        return new DocParty(heading, organisationLabel, party.organisation(), party.signatoryName(),
                party.signatoryTitle(), party.place(), party.signedDate(), areaLabel, area);
    }

    private static List<Block> generated(String name, Agreement agreement, Map<String, String> values) {
        CoordinatorTerms terms = agreement.terms();
        if (terms == null) {
            return List.of();
        }
        return switch (name) {
            case "uppdraget" -> List.of(new Block.Paragraph(String.join("\n", List.of(
                    "Samordnare: " + orBlank(coordinator(values)),
                    "Omfattning: " + orBlank(values.getOrDefault(Placeholder.OMFATTNING.key(), ""))
                            + " av en heltidstjänst",
                    "Avtalsperiod: " + period(terms),
                    "Uppsägningstid: " + terms.noticeMonths() + " månader"))));
            case "kostnadsfordelning" -> costs(agreement);
            case "avtalsperiod" -> terms.startDate() == null ? List.of()
                    : List.of(new Block.Paragraph("Avtalet gäller från och med " + terms.startDate()
                    + " till och med " + terms.endDate() + "."));
            case "arbetsuppgifter" -> tasks(agreement);
            default -> List.of();
        };
    }

    private static List<Block> costs(Agreement agreement) {
        if (agreement.costYears().isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("Kostnaden för samordnaren bärs under avtalsperioden av:"));
        agreement.costYears().forEach(cost -> blocks.add(new Block.Bullet(0, cost.year() + ": " + cost.payer())));
        return blocks;
    }

    private static List<Block> tasks(Agreement agreement) {
        List<Block> blocks = new ArrayList<>();
        boolean parentIncluded = true;
        for (CoordinatorTask task : agreement.tasks()) {
            if (task.level() == 0) {
                parentIncluded = task.included();
            }
            if (task.included()) {
                int level = task.level() == 1 && parentIncluded ? 1 : 0;
                blocks.add(new Block.Bullet(level, task.text()));
            }
        }
        return blocks;
    }

    private static String coordinator(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        for (String key : List.of(AgreementService.VALUE_COORDINATOR_NAME, AgreementService.VALUE_COORDINATOR_TITLE,
                AgreementService.VALUE_COORDINATOR_ORGANISATION)) {
            String value = values.getOrDefault(key, "");
            if (!value.isBlank()) {
                parts.add(value);
            }
        }
        return String.join(", ", parts);
    }

    private static String period(CoordinatorTerms terms) {
        if (terms.startDate() == null) {
            return "[ange startdatum]";
        }
        return terms.startDate() + " – " + terms.endDate() + " (" + terms.termYears()
                + (terms.termYears() == 1 ? " år)" : " år)");
    }

    private static String orBlank(String value) {
        return value == null || value.isBlank() ? "[ej angivet]" : value;
    }
}
