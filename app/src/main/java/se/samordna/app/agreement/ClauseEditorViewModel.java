package se.samordna.app.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.samordna.app.i18n.Messages;
import se.samordna.core.agreement.AgreementKind;
import se.samordna.core.agreement.AgreementTemplate.TemplateClause;
import se.samordna.core.agreement.Block;
import se.samordna.core.agreement.Clause;
import se.samordna.core.agreement.ClauseStatus;
import se.samordna.core.agreement.Placeholder;
import se.samordna.core.common.FieldError;
import se.samordna.core.common.TextRules;
import se.samordna.core.texts.BuiltInText;

/**
 * The agreement text: the clauses in order with how each stands against the template, and the
 * selected clause's heading and text, saved as they are typed, with a preview where every blank
 * is filled or marked.
 */
public final class ClauseEditorViewModel {

    /** A clause in the list. */
    public record ClauseItem(Clause clause, ClauseStatus status) {
    }

    /** A piece of the preview: a paragraph, bullet or sub-heading, cut into filled and missing blanks. */
    public record PreviewBlock(Kind kind, int level, List<Placeholder.Segment> segments) {
        /** What the block is. */
        public enum Kind {
            PARAGRAPH,
            BULLET,
            SUBHEADING,
            GENERATED
        }
    }

    private final AgreementsViewModel parent;
    private final Messages messages;
    private final ObservableList<ClauseItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ClauseItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<PreviewBlock> preview = FXCollections.observableArrayList();
    private final ObservableList<TemplateClause> removed = FXCollections.observableArrayList();
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", false);
    private final ReadOnlyStringWrapper lockedMessage = new ReadOnlyStringWrapper(this, "lockedMessage", "");

    private Map<String, String> values = Map.of();
    private BuiltInText sourceText = BuiltInText.SAMVERKANSAVTAL;
    private Long loadedClauseId;
    private String sentHeading = "";
    private String sentBody = "";
    private boolean populating;

    ClauseEditorViewModel(AgreementsViewModel parent, Messages messages) {
        this.parent = parent;
        this.messages = messages;
        selected.addListener((obs, old, item) -> {
            if (populating) {
                return;
            }
            if (old != null && (item == null || old.clause().id() != item.clause().id())) {
                saveNow();
            }
            load(item);
        });
        heading.addListener((obs, old, value) -> check());
        body.addListener((obs, old, value) -> {
            check();
            refreshPreview();
        });
    }

    // --- Properties ---

    /** The built-in text the agreement's template is, for its list of corrections of the source. */
    public BuiltInText sourceText() {
        return sourceText;
    }

    public ObservableList<ClauseItem> items() {
        return items;
    }

    public ObjectProperty<ClauseItem> selectedProperty() {
        return selected;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<PreviewBlock> preview() {
        return preview;
    }

    public ObservableList<TemplateClause> removed() {
        return removed;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    /** Why the text cannot be changed now, and what to do about it; "" for a draft. */
    public ReadOnlyStringProperty lockedMessageProperty() {
        return lockedMessage.getReadOnlyProperty();
    }

    /** The list's words for a clause: its heading (or "(utan rubrik)") and how it differs. */
    public String describe(ClauseItem item) {
        int index = items.indexOf(item);
        String untitled = index == 0 ? messages.get("clause.opening")
                : index == items.size() - 1 ? messages.get("clause.closing") : messages.get("clause.noHeading");
        String name = item.clause().heading().isBlank() ? untitled
                : Placeholder.fill(item.clause().heading(), p -> values.get(p.key())).text();
        return switch (item.status()) {
            case SAME -> name;
            case CHANGED -> messages.get("clause.changed", name);
            case ADDED -> messages.get("clause.added", name);
        };
    }

    // --- Commands ---

    /** Saves the clause being edited if it changed. */
    public void saveNow() {
        if (loadedClauseId == null || !editable.get() || populating) {
            return;
        }
        String h = heading.get();
        String b = body.get();
        if (h.equals(sentHeading) && b.equals(sentBody)) {
            return;
        }
        if (!check()) {
            return;
        }
        long id = loadedClauseId;
        sentHeading = h;
        sentBody = b;
        parent.change("task.savingClause", s -> s.updateClause(id, h, b));
    }

    /** Adds an empty clause after the selected one and selects it. */
    public void add() {
        saveNow();
        Long after = selected.get() == null ? null : selected.get().clause().id();
        pendingSelectNew = true;
        parent.change("task.savingClause", s -> s.addClause(parent.id(), after, messages.get("clause.newHeading")));
    }

    public void remove() {
        ClauseItem item = selected.get();
        if (item != null) {
            loadedClauseId = null;
            parent.change("task.savingClause", s -> s.removeClause(item.clause().id()));
        }
    }

    public void move(int delta) {
        ClauseItem item = selected.get();
        if (item != null) {
            saveNow();
            parent.change("task.savingClause", s -> s.moveClause(item.clause().id(), delta));
        }
    }

    /** Puts the selected clause back to the template's words. */
    public void reset() {
        ClauseItem item = selected.get();
        if (item != null && item.clause().fromTemplate()) {
            loadedClauseId = null;
            parent.change("task.savingClause", s -> s.resetClause(item.clause().id()));
            reselect = item.clause().id();
        }
    }

    public void restore(TemplateClause clause) {
        saveNow();
        parent.change("task.savingClause", s -> s.restoreTemplateClause(parent.id(), clause.key()));
    }

    // --- Internals ---

    private boolean pendingSelectNew;
    private Long reselect;

    void show(AgreementSnapshot snapshot) {
        populating = true;
        try {
            List<Long> before = items.stream().map(i -> i.clause().id()).toList();
            if (snapshot == null) {
                items.clear();
                removed.clear();
                lockedMessage.set("");
                values = Map.of();
                editable.set(false);
                selected.set(null);
                loadedClauseId = null;
                heading.set("");
                body.set("");
                return;
            }
            values = snapshot.values();
            sourceText = snapshot.agreement().kind() == AgreementKind.SAMVERKAN ? BuiltInText.SAMVERKANSAVTAL
                    : BuiltInText.AVTAL_SAMORDNARE;
            editable.set(snapshot.agreement().status().editable());
            lockedMessage.set(switch (snapshot.agreement().status()) {
                case UTKAST -> "";
                case KLAR -> messages.get("clause.locked.ready");
                case UNDERTECKNAT, UPPSAGT -> messages.get("clause.locked.signed");
            });
            List<ClauseItem> next = new ArrayList<>();
            for (Clause clause : snapshot.agreement().clauses()) {
                next.add(new ClauseItem(clause, snapshot.statuses().get(clause.id())));
            }
            Long keepId = reselect != null ? reselect : loadedClauseId;
            if (pendingSelectNew) {
                keepId = next.stream().map(i -> i.clause().id()).filter(id -> !before.contains(id)).findFirst()
                        .orElse(keepId);
                pendingSelectNew = false;
            }
            reselect = null;
            items.setAll(next);
            removed.setAll(snapshot.removedClauses());
            Long wanted = keepId;
            ClauseItem chosen = next.stream().filter(i -> wanted != null && i.clause().id() == wanted).findFirst()
                    .orElse(next.isEmpty() ? null : next.getFirst());
            selected.set(chosen);
            if (chosen == null || loadedClauseId == null || chosen.clause().id() != loadedClauseId
                    || (heading.get().equals(sentHeading) && body.get().equals(sentBody))) {
                load(chosen);
            }
        } finally {
            populating = false;
        }
        refreshPreview();
    }

    private void load(ClauseItem item) {
        boolean wasPopulating = populating;
        populating = true;
        try {
            loadedClauseId = item == null ? null : item.clause().id();
            sentHeading = item == null ? "" : item.clause().heading();
            sentBody = item == null ? "" : item.clause().body();
            heading.set(sentHeading);
            body.set(sentBody);
        } finally {
            populating = wasPopulating;
        }
        check();
        refreshPreview();
    }

    private boolean check() {
        List<FieldError> errors = new ArrayList<>();
        TextRules.maxLength("heading", heading.get(), Clause.HEADING_MAX, errors);
        TextRules.maxLength("body", body.get(), Clause.BODY_MAX, errors);
        error.set(errors.isEmpty() ? "" : messages.get(errors.getFirst().field().equals("heading")
                ? "clause.headingTooLong" : "clause.bodyTooLong", errors.getFirst().arguments().toArray()));
        return errors.isEmpty();
    }

    private void refreshPreview() {
        List<PreviewBlock> blocks = new ArrayList<>();
        for (Block block : Block.parse(body.get())) {
            blocks.add(switch (block) {
                case Block.Paragraph p -> new PreviewBlock(PreviewBlock.Kind.PARAGRAPH, 0, segments(p.text()));
                case Block.Bullet b -> new PreviewBlock(PreviewBlock.Kind.BULLET, b.level(), segments(b.text()));
                case Block.Subheading s -> new PreviewBlock(PreviewBlock.Kind.SUBHEADING, 0, segments(s.text()));
                case Block.Generated g -> new PreviewBlock(PreviewBlock.Kind.GENERATED, 0, List.of(
                        new Placeholder.Segment(messages.get("clause.generated." + g.name()),
                                Placeholder.Segment.Kind.FILLED)));
            });
        }
        preview.setAll(blocks);
    }

    private List<Placeholder.Segment> segments(String text) {
        return Placeholder.segments(text, p -> values.get(p.key()));
    }
}
