package se.samordna.app.history;

import java.time.ZoneId;

import se.samordna.app.feature.FeatureContext;
import se.samordna.app.i18n.Messages;
import se.samordna.app.task.TaskRunner;
import se.samordna.core.audit.AuditService;

/** What a page needs to offer "Historik" for its record: a fresh view model per dialog. */
public record History(AuditService audit, TaskRunner runner, Messages messages, ZoneId zone) {

    /** Over the workspace's trail, in the window's runner, language and time zone. */
    public static History of(FeatureContext context) {
        return new History(context.workspace().audit(), context.runner(), context.messages(),
                context.clock().getZone());
    }

    public HistoryViewModel newModel() {
        return new HistoryViewModel(audit, runner, messages, zone);
    }
}
