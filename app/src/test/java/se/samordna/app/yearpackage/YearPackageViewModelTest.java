package se.samordna.app.yearpackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.core.centre.CentreSummary;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.workspace.Workspace;
import se.samordna.core.yearpackage.ImportPreview;

/** Export and import as the Arkiv menu does them, on real data folders, without the FX thread. */
class YearPackageViewModelTest {
    @TempDir
    Path dir;

    private final Messages messages = Messages.forLanguage("sv");

    @Test
    void aCentreYearGoesFromOneDataFolderToAnotherAndIsLogged() {
        try (Workspace centreFolder = TestWorkspaces.withExamples(dir.resolve("centre"));
                Workspace county = TestWorkspaces.open(dir.resolve("county"))) {
            SameThreadTaskRunner runner = new SameThreadTaskRunner();
            YearPackageViewModel exporter = new YearPackageViewModel(centreFolder, runner, messages);
            CentreSummary centre = centreFolder.centres().list().getFirst();
            Path file = dir.resolve(exporter.suggestedName(centre, 2026));
            List<String> said = new ArrayList<>();
            exporter.export(centre, 2026, file, said::add);
            assertThat(file.getFileName().toString()).isEqualTo(centre.name() + " 2026.samordna");
            assertThat(said.getFirst()).contains("är sparat i");

            YearPackageViewModel importer = new YearPackageViewModel(county, runner, messages);
            List<ImportPreview> previews = new ArrayList<>();
            importer.preview(file, previews::add);
            ImportPreview preview = previews.getFirst();
            assertThat(importer.centreLine(preview)).contains("skapas när du importerar");
            assertThat(importer.groups(preview)).extracting(YearPackageViewModel.KindGroup::kind)
                    .contains("Familjecentralen", "Personer i sina roller");
            importer.apply(preview, Set.of(), said::add);
            assertThat(said.getLast()).startsWith("Importen är klar")
                    .contains(se.samordna.core.TestDatabases.onServer() ? "säkerhetskopieras av IT" : "fore-import");

            List<List<String>> log = new ArrayList<>();
            importer.loadLog(log::add);
            assertThat(log.getFirst()).singleElement().asString().contains(file.getFileName().toString());
            assertThat(runner.failures()).isEmpty();
        }
    }

    @Test
    void aRefusedPackageReachesTheUserWithItsSwedishMessage() throws Exception {
        try (Workspace county = TestWorkspaces.open(dir.resolve("county"))) {
            Path notAPackage = java.nio.file.Files.writeString(dir.resolve("x.samordna"), "inte en zip");
            SameThreadTaskRunner runner = new SameThreadTaskRunner();
            new YearPackageViewModel(county, runner, messages).preview(notAPackage, p -> { });
            assertThat(runner.failures()).singleElement().isInstanceOf(UserFacingException.class);
            assertThat(messages.describe(runner.failures().getFirst())).contains("går inte att läsa som ett årspaket");
        }
    }
}
