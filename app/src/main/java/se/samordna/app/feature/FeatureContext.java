package se.samordna.app.feature;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import se.samordna.app.context.WorkContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.print.DocumentPrinter;
import se.samordna.app.settings.AppPreferences;
import se.samordna.app.task.TaskRunner;
import se.samordna.app.ui.FileDialogs;
import se.samordna.core.workspace.Workspace;

/**
 * What every feature is built from: the opened workspace (its services), the one background runner,
 * the language, the clock, the devices (printer, file dialogs), the centre and year in view, the way
 * to another page, and the home screen's notices of every feature (filled once all are built).
 */
public record FeatureContext(Workspace workspace, TaskRunner runner, AppPreferences preferences, Messages messages,
                             Clock clock, DocumentPrinter printer, FileDialogs files, WorkContext work,
                             Consumer<Destination> navigator, List<NoticeSource> allNotices) {
}
