package se.samordna.app.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.app.TestWorkspaces;
import se.samordna.app.context.WorkContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.shell.ChangePoller;
import se.samordna.app.task.SameThreadTaskRunner;
import se.samordna.app.ui.EditConflict;
import se.samordna.core.TestDatabases;
import se.samordna.core.centre.Centre;
import se.samordna.core.centre.CentreDetails;
import se.samordna.core.centre.CentreKind;
import se.samordna.core.centre.CentreService;
import se.samordna.core.centre.Part;
import se.samordna.core.centre.Person;
import se.samordna.core.centre.PersonDetails;
import se.samordna.core.centre.Role;
import se.samordna.core.workspace.ChangeMarker;
import se.samordna.core.workspace.Workspace;

/**
 * The centre page when someone else saved first: the conflict offered with both versions, and each
 * of the user's two choices. The other coordinator is a second workspace on the same PostgreSQL
 * schema in that lane, a second service over the same file on H2.
 */
class CentreConflictViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private Workspace othersWorkspace;
    private CentreService other;
    private SameThreadTaskRunner runner;
    private WorkContext context;
    private CentresViewModel model;
    private long centreId;

    @BeforeEach
    void open() {
        workspace = TestWorkspaces.open(dir);
        othersWorkspace = TestDatabases.onServer() ? TestWorkspaces.open(dir) : workspace;
        other = TestDatabases.onServer() ? othersWorkspace.centres() : new CentreService(workspace.database());
        centreId = workspace.centres().create(new CentreDetails("Familjecentralen Solsidan", CentreKind.FAMILJECENTRAL,
                "Östersund", "Region Jämtland Härjedalen", "", EnumSet.of(Part.BARNHALSOVARD), "")).id();
        workspace.centres().addPerson(centreId,
                new PersonDetails(Role.SAMORDNARE, "Anna Lindqvist", "Samordnare", "", "", "063-100 00"));
        runner = new SameThreadTaskRunner();
        context = new WorkContext(2026);
        model = new CentresViewModel(workspace.centres(), workspace.backups(), runner, Messages.forLanguage("sv"),
                context);
        model.refreshList(centreId);
    }

    @AfterEach
    void close() {
        if (othersWorkspace != workspace) {
            othersWorkspace.close();
        }
        workspace.close();
    }

    @Test
    void aSaveOverAnotherUsersChangeOffersBothVersionsAndSavesNothing() {
        othersSaveRegion("Region Norr");

        model.catchmentAreaProperty().set("Lugnvik");
        model.regionProperty().set("Region Mitt");
        model.save();

        EditConflict conflict = model.conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(conflict.heading()).startsWith("Ändrat av någon annan (" + othersWorkspace.database().who() + ", ");
        assertThat(conflict.differences()).contains(
                new EditConflict.Difference("Region", "Region Mitt", "Region Norr"),
                new EditConflict.Difference("Upptagningsområde", "Lugnvik", ""));
        assertThat(model.saveStateProperty().get()).isEqualTo("Inte sparat – ändrat av någon annan.");
        assertThat(stored().details().region()).isEqualTo("Region Norr");
        assertThat(runner.failures()).isEmpty();
    }

    @Test
    void takingTheirsShowsTheStoredVersionAndTheNextEditSavesOverIt() {
        othersSaveRegion("Region Norr");
        model.regionProperty().set("Region Mitt");
        model.save();

        model.conflictProperty().get().takeTheirs().run();

        assertThat(model.conflictProperty().get()).isNull();
        assertThat(model.regionProperty().get()).isEqualTo("Region Norr");
        assertThat(stored().details().region()).isEqualTo("Region Norr");
        model.catchmentAreaProperty().set("Lugnvik");
        model.save();
        assertThat(model.conflictProperty().get()).isNull();
        assertThat(stored().details().catchmentArea()).isEqualTo("Lugnvik");
        assertThat(stored().details().region()).isEqualTo("Region Norr");
    }

    @Test
    void keepingMineOverwritesTheirsKnowinglyAndLaterEditsSaveAsUsual() {
        othersSaveRegion("Region Norr");
        model.regionProperty().set("Region Mitt");
        model.save();

        model.conflictProperty().get().keepMine().run();

        assertThat(model.conflictProperty().get()).isNull();
        assertThat(stored().details().region()).isEqualTo("Region Mitt");
        assertThat(stored().updatedBy()).isEqualTo(workspace.database().who());
        model.catchmentAreaProperty().set("Lugnvik");
        model.save();
        assertThat(model.conflictProperty().get()).isNull();
        assertThat(stored().details().catchmentArea()).isEqualTo("Lugnvik");
        assertThat(model.saveStateProperty().get()).startsWith("Sparat ");
    }

    @Test
    void aPersonChangedByAnotherUserIsOfferedAndKeepingMineSavesIt() {
        Person shown = model.people().getFirst();
        Person theirs = other.get(centreId).people().getFirst();
        other.updatePerson(theirs.id(), phone(theirs.details(), "063-200 00"), theirs.version());

        model.updatePerson(shown, phone(shown.details(), "063-300 00"));

        EditConflict conflict = model.conflictProperty().get();
        assertThat(conflict.differences()).containsExactly(
                new EditConflict.Difference("Telefon", "063-300 00", "063-200 00"));
        conflict.keepMine().run();
        assertThat(stored().people().getFirst().details().phone()).isEqualTo("063-300 00");
        assertThat(model.people().getFirst().details().phone()).isEqualTo("063-300 00");
    }

    @Test
    void anotherUsersChangeIsShownWhenIdleAndNeverOverAnEditInProgress() {
        othersSaveRegion("Region Norr");
        model.reloadIfIdle();
        assertThat(model.regionProperty().get()).isEqualTo("Region Norr");

        model.catchmentAreaProperty().set("Lugnvik"); // typed, not saved yet
        othersSaveRegion("Region Mitt");
        model.reloadIfIdle();
        assertThat(model.catchmentAreaProperty().get()).isEqualTo("Lugnvik");
        assertThat(model.regionProperty().get()).isEqualTo("Region Norr");
    }

    @Test
    void thePollerRefreshesOnceWhenSomeoneChangedSomethingAndWaitsWhileTheUserEdits() {
        AtomicInteger refreshes = new AtomicInteger();
        AtomicBoolean editing = new AtomicBoolean();
        ChangePoller poller = new ChangePoller(new ChangeMarker(workspace.database())::read, editing::get,
                refreshes::incrementAndGet, Runnable::run);
        poller.remember();

        poller.poll();
        assertThat(refreshes).hasValue(0);

        othersSaveRegion("Region Norr");
        editing.set(true);
        poller.poll();
        assertThat(refreshes).hasValue(0);

        editing.set(false);
        poller.poll();
        poller.poll();
        assertThat(refreshes).hasValue(1);
    }

    private void othersSaveRegion(String region) {
        Centre theirs = other.get(centreId);
        CentreDetails d = theirs.details();
        other.update(centreId, new CentreDetails(d.name(), d.kind(), d.municipality(), region, d.catchmentArea(),
                d.parts(), d.otherProfessions()), theirs.version());
    }

    private Centre stored() {
        return workspace.centres().get(centreId);
    }

    private static PersonDetails phone(PersonDetails d, String phone) {
        return new PersonDetails(d.role(), d.name(), d.title(), d.organisation(), d.email(), phone);
    }
}
