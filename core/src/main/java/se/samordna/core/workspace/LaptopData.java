package se.samordna.core.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

import se.samordna.core.centre.CentreSummary;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.db.Database;
import se.samordna.core.yearpackage.YearPackageExport;
import se.samordna.core.workspace.DataDirectory;
import se.samordna.core.workspace.Workspace;

/**
 * The data in this computer's H2 file, read to move it to the shared server (Arkiv › Flytta till
 * servern…): each centre's years are written as year packages, which the server then previews and
 * imports like any other package, so nothing there is overwritten without being shown first.
 */
public final class LaptopData implements AutoCloseable {

    /** A centre of the laptop and the years it has something of its own for. */
    public record CentreYears(CentreSummary centre, SortedSet<Integer> years) {
    }

    /** A written package: whose, which year, where. */
    public record Written(CentreSummary centre, int year, Path file) {
    }

    private final Workspace workspace;
    private final Clock clock;

    private LaptopData(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /**
     * Opens the data folder's H2 file as the laptop app would (an older file is upgraded, after a
     * backup). Refused, with a message naming the folder, when the folder holds no Samordna database.
     */
    public static LaptopData open(DataDirectory folder, Clock clock) {
        if (!Files.isRegularFile(Database.fileOf(folder.databaseBase()))) {
            throw new UserFacingException("move.noLocalData", folder.root().toString());
        }
        return new LaptopData(Workspace.open(folder, clock), clock);
    }

    /** Every centre with its years (the current year for a centre that has none yet). */
    public List<CentreYears> centres() {
        List<CentreYears> all = new ArrayList<>();
        for (CentreSummary centre : workspace.centres().list()) {
            SortedSet<Integer> years = new TreeSet<>(workspace.yearPackageExport().years(centre.id()));
            if (years.isEmpty()) {
                years.add(LocalDate.now(clock).getYear());
            }
            all.add(new CentreYears(centre, years));
        }
        return all;
    }

    /**
     * Writes the packages into {@code folder}: every centre's every year, or one centre's (all its
     * years, or {@code year} alone). Oldest year first, so a later year's import finds the centre.
     */
    public List<Written> writePackages(Optional<Long> centreId, OptionalInt year, Path folder) {
        List<Written> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (CentreYears entry : centres()) {
                if (centreId.isPresent() && centreId.get() != entry.centre().id()) {
                    continue;
                }
                SortedSet<Integer> years = year.isPresent() ? new TreeSet<>(List.of(year.getAsInt())) : entry.years();
                for (int y : years) {
                    Path file = folder.resolve(entry.centre().id() + "-" + YearPackageExport.fileName(
                            entry.centre().name(), y));
                    workspace.yearPackageExport().export(entry.centre().id(), y, file);
                    written.add(new Written(entry.centre(), y, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** The opened laptop workspace (for tests that compare). */
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
