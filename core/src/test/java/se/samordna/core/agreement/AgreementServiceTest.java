package se.samordna.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

class AgreementServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path dir;

    private Workspace workspace;
    private AgreementService agreements;
    private Centre solsidan;
    private Centre fyrklovern;

    @BeforeEach
    void open() {
        workspace = se.samordna.core.TestDatabases.workspace(dir, CLOCK);
        workspace.exampleData().create();
        agreements = workspace.agreements();
        solsidan = centre("Familjecentralen Solsidan");
        fyrklovern = centre("Familjecentralen Fyrklövern");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aNewCollaborationAgreementIsTheTemplateFilledFromTheCentre() {
        Agreement agreement = agreements.create(fyrklovern.id(), AgreementKind.SAMVERKAN);

        assertThat(agreement.status()).isEqualTo(AgreementStatus.UTKAST);
        assertThat(agreement.version()).isEqualTo(1);
        assertThat(agreement.clauses()).hasSize(AgreementTemplate.of(AgreementKind.SAMVERKAN).clauses().size());
        assertThat(AgreementService.clauseStatuses(agreement).values()).containsOnly(ClauseStatus.SAME);
        assertThat(agreement.parties()).extracting(Party::organisation).containsExactly(
                "Barn- och utbildningsförvaltningen", "Social- och arbetsmarknadsförvaltningen",
                "Hälsocentralen Krokomsgården");
        AgreementDocument document = agreements.document(agreement.id(), 1);
        assertThat(document.title()).isEqualTo("Samverkansavtal för Familjecentralen Fyrklövern i Krokom");
        assertThat(document.parties()).extracting(AgreementDocument.DocParty::heading)
                .containsExactly("För Krokoms kommun", "För Krokoms kommun", "För Region Jämtland Härjedalen");
        assertThat(agreements.readiness(agreement)).extracting(ReadinessProblem::messageKey)
                .containsExactly("agreement.ready.noSignatory", "agreement.ready.noSignatory",
                        "agreement.ready.noSignatory");
        assertThat(agreements.readiness(withSignatories(agreement))).isEmpty();
    }

    @Test
    void aBlankWithoutValueIsNamedAndKeepsTheAgreementFromBeingReady() {
        workspace.centres().update(fyrklovern.id(), fyrklovern.details().withCatchmentArea(""));
        Agreement agreement = withSignatories(agreements.create(fyrklovern.id(), AgreementKind.SAMVERKAN));

        assertThat(agreements.readiness(agreement)).extracting(ReadinessProblem::messageKey, p -> p.arguments().getFirst())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agreement.ready.missingValue",
                        "ange inom vilket område"));
        assertThatThrownBy(() -> agreements.markReady(agreement.id())).isInstanceOf(UserFacingException.class);

        agreements.setValue(agreement.id(), Placeholder.OMRADE, "Krokoms sjukvårdsområde");
        assertThat(agreements.readiness(agreements.get(agreement.id()))).isEmpty();
    }

    @Test
    void clausesCanBeReworded_added_removed_reordered_andReset() {
        Agreement agreement = agreements.create(fyrklovern.id(), AgreementKind.SAMVERKAN);
        Clause lokaler = clause(agreement, "lokaler");
        Clause budget = clause(agreement, "budget");

        agreements.updateClause(lokaler.id(), "Lokaler", "Parterna delar lokalerna på Krokomsvägen 12.");
        Agreement withAdded = agreements.addClause(agreement.id(), lokaler.id(), "Öppettider");
        Clause added = withAdded.clauses().get(withAdded.clauses().indexOf(clause(withAdded, "lokaler")) + 1);
        agreements.updateClause(added.id(), "Öppettider", "Öppna förskolan har öppet måndag till torsdag 9–15.");
        agreements.removeClause(budget.id());
        agreements.moveClause(added.id(), -1);

        Agreement changed = agreements.get(agreement.id());
        var statuses = AgreementService.clauseStatuses(changed);
        assertThat(statuses.get(lokaler.id())).isEqualTo(ClauseStatus.CHANGED);
        assertThat(statuses.get(added.id())).isEqualTo(ClauseStatus.ADDED);
        assertThat(AgreementService.removedTemplateClauses(changed)).extracting(AgreementTemplate.TemplateClause::key)
                .containsExactly("budget");
        List<String> headings = changed.clauses().stream().map(Clause::heading).toList();
        assertThat(headings.indexOf("Öppettider")).isLessThan(headings.indexOf("Lokaler"));

        agreements.resetClause(lokaler.id());
        Agreement restored = agreements.restoreTemplateClause(agreement.id(), "budget");
        assertThat(AgreementService.clauseStatuses(restored).get(lokaler.id())).isEqualTo(ClauseStatus.SAME);
        List<String> keys = restored.clauses().stream().map(Clause::templateKey).toList();
        assertThat(keys.indexOf("budget")).isEqualTo(keys.indexOf("uppfoljning") + 1);
    }

    @Test
    void theLifecycleRunsFromDraftToTerminatedAndTheEndDateFollowsTheKind() {
        Agreement agreement = withSignatories(agreements.create(fyrklovern.id(), AgreementKind.SAMVERKAN));

        agreements.markReady(agreement.id());
        Agreement signed = agreements.sign(agreement.id(), LocalDate.of(2026, 2, 10));
        assertThat(signed.status()).isEqualTo(AgreementStatus.UNDERTECKNAT);
        Agreement terminated = agreements.terminate(agreement.id(), LocalDate.of(2026, 9, 30));

        assertThat(terminated.status()).isEqualTo(AgreementStatus.UPPSAGT);
        assertThat(terminated.endDate()).contains(LocalDate.of(2027, 9, 30));
        Agreement coordinator = coordinatorAgreementOf(solsidan);
        Agreement ended = agreements.terminate(coordinator.id(), LocalDate.of(2026, 11, 1));
        assertThat(ended.endDate()).contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void aChangedNoticePeriodIsWrittenInTheTextAndGivesTheEndDate() {
        Agreement agreement = withSignatories(agreements.create(fyrklovern.id(), AgreementKind.SAMVERKAN));

        agreements.setNoticeMonths(agreement.id(), 6);
        agreements.markReady(agreement.id());
        agreements.sign(agreement.id(), LocalDate.of(2026, 1, 15));
        Agreement terminated = agreements.terminate(agreement.id(), LocalDate.of(2026, 3, 31));

        assertThat(terminated.endDate()).contains(LocalDate.of(2026, 9, 30));
        String avtalstid = agreements.document(agreement.id(), 1).clauses().stream()
                .filter(c -> c.heading().equals("Avtalstid")).findFirst().orElseThrow().blocks().getFirst().toString();
        assertThat(avtalstid).contains("Uppsägningstiden för avtalet är sex månader.");
    }

    @Test
    void aSignedAgreementIsFrozenAndANewVersionCopiesIt() {
        Agreement signed = agreements.list(solsidan.id()).stream()
                .filter(a -> a.kind() == AgreementKind.SAMVERKAN).findFirst().map(a -> agreements.get(a.id()))
                .orElseThrow();
        Clause syfte = clause(signed, "syfte");

        assertThatThrownBy(() -> agreements.updateClause(syfte.id(), "Syfte", "Nytt syfte"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("agreement.frozen"));
        assertThatThrownBy(() -> agreements.deleteDraft(signed.id())).isInstanceOf(UserFacingException.class);

        Agreement next = agreements.newVersion(signed.id());
        agreements.updateClause(clause(next, "syfte").id(), "Syfte", "Ett nytt syfte för 2027.");

        assertThat(next.version()).isEqualTo(2);
        assertThat(next.status()).isEqualTo(AgreementStatus.UTKAST);
        assertThat(next.series()).isEqualTo(signed.series());
        assertThat(agreements.versions(signed.series())).extracting(AgreementSummary::version).containsExactly(2, 1);
        assertThat(next.parties()).extracting(Party::signatoryName).contains("Lena Åkerlund");
        List<ClauseComparison> comparison = AgreementService.compare(signed, agreements.get(next.id()));
        assertThat(comparison).filteredOn(c -> c.kind() != ClauseComparison.Kind.SAME)
                .singleElement().satisfies(c -> {
                    assertThat(c.heading()).isEqualTo("Syfte");
                    assertThat(c.right()).contains("Ett nytt syfte för 2027.");
                });
    }

    @Test
    void valuesAreFrozenWhenReadySoARenamedCentreDoesNotChangeASignedAgreement() {
        Agreement signed = agreements.get(agreements.list(solsidan.id()).getFirst().id());
        String before = agreements.document(signed.id(), 1).title();

        workspace.centres().update(solsidan.id(), solsidan.details().withName("Familjecentralen Solbacken"));

        assertThat(agreements.document(signed.id(), 1).title()).isEqualTo(before);
        assertThat(before).contains("Familjecentralen Solsidan");
    }

    @Test
    void theRegionSignsForTheHealthCentreOfTheCentresPeopleOrLeavesTheLineToFillIn() {
        Centre plain = workspace.centres().create(new CentreDetails("Familjecentralen Norrgården",
                CentreKind.FAMILJECENTRAL, "Åre", "Region Jämtland Härjedalen", "Järpen", Set.of(), ""));

        assertThat(agreements.create(solsidan.id(), AgreementKind.SAMVERKAN).parties().getLast().organisation())
                .isEqualTo("Hälsocentralen Solbacken");
        Agreement none = agreements.create(plain.id(), AgreementKind.SAMVERKAN);
        assertThat(none.parties().getLast().organisation()).isEmpty();
        AgreementDocument.DocParty region = agreements.document(none.id(), 1).parties().getLast();
        assertThat(region.organisationLabel()).isEqualTo("Hälsocentral");
        assertThat(region.areaLabel()).isEqualTo("Sjukvårdsområde");
        assertThat(region.area()).isEqualTo("Järpen");
    }

    @Test
    void theCoordinatorAgreementHasTasksTermsAndARotationOfPayers() {
        Agreement agreement = agreements.create(fyrklovern.id(), AgreementKind.SAMORDNARE);

        assertThat(agreement.tasks()).filteredOn(CoordinatorTask::included).hasSize(23);
        assertThat(agreement.tasks()).filteredOn(t -> t.origin() == CoordinatorTask.Origin.REKOMMENDERAD)
                .allSatisfy(t -> assertThat(t.included()).isFalse());
        assertThat(agreement.terms().termYears()).isEqualTo(3);
        assertThat(agreement.terms().noticeMonths()).isEqualTo(3);

        Agreement terms = agreements.updateTerms(agreement.id(), new CoordinatorTerms(
                agreement.terms().coordinatorPersonId(), new BigDecimal("25"), LocalDate.of(2027, 1, 1), 3, 3));
        assertThat(terms.costYears()).extracting(CostYear::year).containsExactly(2027, 2028, 2029);
        assertThat(terms.costYears()).extracting(CostYear::payer).containsExactly(
                "Krokoms kommun, Barn- och utbildningsförvaltningen",
                "Krokoms kommun, Social- och arbetsmarknadsförvaltningen",
                "Region Jämtland Härjedalen, Hälsocentralen Krokomsgården");
        agreements.setPayer(agreement.id(), 2029, "Krokoms kommun, Barn- och utbildningsförvaltningen");

        CoordinatorTask recommended = terms.tasks().stream()
                .filter(t -> t.origin() == CoordinatorTask.Origin.REKOMMENDERAD).findFirst().orElseThrow();
        agreements.setTaskIncluded(recommended.id(), true);
        Long parent = terms.tasks().stream().filter(t -> t.text().startsWith("På ledningsgruppens uppdrag"))
                .findFirst().orElseThrow().id();
        Agreement withOwn = agreements.addTask(agreement.id(), parent, "Samordna babymassagen på torsdagar");

        CoordinatorTask own = withOwn.tasks().stream().filter(t -> t.origin() == CoordinatorTask.Origin.EGEN)
                .findFirst().orElseThrow();
        assertThat(own.level()).isEqualTo(1);
        assertThatThrownBy(() -> agreements.removeTask(recommended.id())).isInstanceOf(UserFacingException.class);
        AgreementDocument document = agreements.document(agreement.id(), 1);
        String text = document.clauses().stream().flatMap(c -> c.blocks().stream()).map(Object::toString)
                .reduce("", String::concat);
        assertThat(text).contains("Omfattning: 25 % av en heltidstjänst")
                .contains("2029: Krokoms kommun, Barn- och utbildningsförvaltningen")
                .contains("Samordna babymassagen på torsdagar")
                .contains("Avtalet gäller från och med 2027-01-01 till och med 2029-12-31.");
        assertThat(document.clauses().stream().flatMap(c -> c.blocks().stream()))
                .contains(new Block.Bullet(1, "Samordna babymassagen på torsdagar"));
    }

    @Test
    void termsOutsideTheirRangeAreRefused() {
        Agreement agreement = agreements.create(fyrklovern.id(), AgreementKind.SAMORDNARE);

        assertThatThrownBy(() -> agreements.updateTerms(agreement.id(), new CoordinatorTerms(null,
                new BigDecimal("120"), LocalDate.of(2027, 1, 1), 0, 3)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(se.samordna.core.common.FieldError::messageKey)
                        .containsExactly("agreement.scopeRange", "agreement.termRange"));
    }

    @Test
    void theSignedCopyIsKeptWithTheAgreement() {
        Agreement signed = coordinatorAgreementOf(solsidan);
        byte[] scan = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

        assertThatThrownBy(() -> agreements.attachSignedCopy(agreements.create(fyrklovern.id(),
                AgreementKind.SAMVERKAN).id(), "skanning.jpg", scan)).isInstanceOf(UserFacingException.class);
        Agreement withCopy = agreements.attachSignedCopy(signed.id(), "avtal-signerat.jpg", scan);

        assertThat(withCopy.attachment()).hasValueSatisfying(a -> {
            assertThat(a.fileName()).isEqualTo("avtal-signerat.jpg");
            assertThat(a.contentType()).isEqualTo("image/jpeg");
            assertThat(a.sizeBytes()).isEqualTo(scan.length);
        });
        assertThat(agreements.signedCopy(signed.id())).hasValue(scan);
        assertThatThrownBy(() -> agreements.attachSignedCopy(signed.id(), "anteckningar.txt",
                "inte en skanning".getBytes())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("agreement.attachmentType"));
    }

    @Test
    void aDateInTheFutureCannotBeTheSigningDate() {
        Agreement agreement = withSignatories(agreements.create(fyrklovern.id(), AgreementKind.SAMVERKAN));
        agreements.markReady(agreement.id());

        assertThatThrownBy(() -> agreements.sign(agreement.id(), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(ValidationException.class);
        assertThat(agreements.backToDraft(agreement.id()).status()).isEqualTo(AgreementStatus.UTKAST);
    }

    @Test
    void removingACentreNamesItsAgreements() {
        assertThat(workspace.centres().contentsOf(solsidan.id()).documents())
                .containsEntry("documents.agreements", 2);
    }

    /** Names a signatory for every party, as a coordinator does before marking the agreement ready. */
    private Agreement withSignatories(Agreement agreement) {
        for (Party party : agreement.parties()) {
            agreements.updateParty(new Party(party.id(), party.position(), party.heading(), party.organisation(),
                    "Signe Undertecknare " + party.position(), "Förvaltningschef", "", null));
        }
        return agreements.get(agreement.id());
    }

    private Agreement coordinatorAgreementOf(Centre centre) {
        return agreements.list(centre.id()).stream().filter(a -> a.kind() == AgreementKind.SAMORDNARE)
                .findFirst().map(a -> agreements.get(a.id())).orElseThrow();
    }

    private Centre centre(String name) {
        CentreSummary summary = workspace.centres().list().stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow();
        return workspace.centres().get(summary.id());
    }

    private static Clause clause(Agreement agreement, String key) {
        return agreement.clauses().stream().filter(c -> key.equals(c.templateKey())).findFirst().orElseThrow();
    }

}
