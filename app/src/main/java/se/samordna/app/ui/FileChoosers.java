package se.samordna.app.ui;

import java.io.File;
import java.util.List;

import javafx.stage.FileChooser;

/**
 * File dialogs that open in the user's documents folder ("Dokument" on a Swedish system,
 * "Documents" otherwise, else the home folder), not wherever the program happened to be started.
 */
public final class FileChoosers {
    private FileChoosers() {
    }

    public static FileChooser create() {
        FileChooser chooser = FileChoosers.create();
        File home = new File(System.getProperty("user.home", "."));
        for (File folder : List.of(new File(home, "Dokument"), new File(home, "Documents"), home)) {
            if (folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
                break;
            }
        }
        return chooser;
    }
}
