package se.samordna.app.wheel;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.samordna.app.i18n.Messages;
import se.samordna.core.common.FieldError;
import se.samordna.core.wheel.ActivityDraft;
import se.samordna.core.wheel.AutoSource;
import se.samordna.core.wheel.WheelRoles;
import se.samordna.core.wheel.WheelRule;
import se.samordna.core.wheel.WheelService;

/** The fields of one wheel activity being added or changed, checked as they are typed. */
public final class ActivityEditorViewModel {

    /** The kinds of rule a coordinator chooses between. */
    public enum RuleKind {
        DATE,
        WEEKS,
        MONTH,
        NTH_WEEKDAY
    }

    private final WheelService service;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty responsible = new SimpleStringProperty(this, "responsible", WheelRoles.SAMORDNARE);
    private final ObjectProperty<RuleKind> kind = new SimpleObjectProperty<>(this, "kind", RuleKind.MONTH);
    private final ObjectProperty<Month> month = new SimpleObjectProperty<>(this, "month", Month.JANUARY);
    private final IntegerProperty day = new SimpleIntegerProperty(this, "day", 1);
    private final IntegerProperty fromWeek = new SimpleIntegerProperty(this, "fromWeek", 1);
    private final IntegerProperty toWeek = new SimpleIntegerProperty(this, "toWeek", 1);
    private final IntegerProperty nth = new SimpleIntegerProperty(this, "nth", 1);
    private final ObjectProperty<DayOfWeek> weekday = new SimpleObjectProperty<>(this, "weekday", DayOfWeek.MONDAY);
    private final IntegerProperty leadDays = new SimpleIntegerProperty(this, "leadDays", 0);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<AutoSource> autoSource = new SimpleObjectProperty<>(this, "autoSource");
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private boolean nameTouched;

    ActivityEditorViewModel(WheelService service, Messages messages, ActivityDraft existing, Month defaultMonth) {
        this.service = service;
        this.messages = messages;
        for (String field : List.of(WheelService.FIELD_NAME, WheelService.FIELD_RESPONSIBLE, WheelService.FIELD_RULE,
                WheelService.FIELD_LEAD_DAYS, WheelService.FIELD_NOTE)) {
            errors.put(field, new ReadOnlyStringWrapper(this, field, ""));
        }
        month.set(defaultMonth);
        if (existing != null) {
            name.set(existing.name());
            responsible.set(existing.responsible());
            leadDays.set(existing.leadDays());
            note.set(existing.note());
            autoSource.set(existing.autoSource());
            load(existing.rule());
            nameTouched = true;
        }
        name.addListener((obs, old, value) -> nameTouched = true);
        List.of(name, responsible, note).forEach(p -> p.addListener((obs, old, v) -> check()));
        List.of(day, fromWeek, toWeek, nth, leadDays).forEach(p -> p.addListener((obs, old, v) -> check()));
        List.of(kind, month, weekday, autoSource).forEach(p -> p.addListener((obs, old, v) -> check()));
        check();
    }

    private void load(WheelRule rule) {
        switch (rule) {
            case WheelRule.FixedDate date -> {
                kind.set(RuleKind.DATE);
                day.set(date.day());
                month.set(date.month());
            }
            case WheelRule.WeekRange weeks -> {
                kind.set(RuleKind.WEEKS);
                fromWeek.set(weeks.from());
                toWeek.set(weeks.to());
            }
            case WheelRule.WholeMonth whole -> {
                kind.set(RuleKind.MONTH);
                month.set(whole.month());
            }
            case WheelRule.NthWeekday nthWeekday -> {
                kind.set(RuleKind.NTH_WEEKDAY);
                nth.set(nthWeekday.nth());
                weekday.set(nthWeekday.weekday());
                month.set(nthWeekday.month());
            }
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty responsibleProperty() {
        return responsible;
    }

    public ObjectProperty<RuleKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Month> monthProperty() {
        return month;
    }

    public IntegerProperty dayProperty() {
        return day;
    }

    public IntegerProperty fromWeekProperty() {
        return fromWeek;
    }

    public IntegerProperty toWeekProperty() {
        return toWeek;
    }

    /** 1–4, or {@link WheelRule.NthWeekday#LAST}. */
    public IntegerProperty nthProperty() {
        return nth;
    }

    public ObjectProperty<DayOfWeek> weekdayProperty() {
        return weekday;
    }

    public IntegerProperty leadDaysProperty() {
        return leadDays;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<AutoSource> autoSourceProperty() {
        return autoSource;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The rule as it reads: "v.45–46", "andra tisdagen i maj". */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The rule the fields describe, or null when they describe no day (31 February, week 45–44). */
    WheelRule rule() {
        try {
            return switch (kind.get()) {
                case DATE -> new WheelRule.FixedDate(day.get(), month.get());
                case WEEKS -> new WheelRule.WeekRange(fromWeek.get(), toWeek.get());
                case MONTH -> new WheelRule.WholeMonth(month.get());
                case NTH_WEEKDAY -> new WheelRule.NthWeekday(nth.get(), weekday.get(), month.get());
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    public ActivityDraft draft() {
        return new ActivityDraft(name.get(), responsible.get(), rule(), leadDays.get(), note.get(), autoSource.get());
    }

    private void check() {
        WheelRule rule = rule();
        List<FieldError> found = new ArrayList<>(service.validate(draft()));
        if (rule == null) {
            found.removeIf(e -> e.field().equals(WheelService.FIELD_RULE));
            found.add(FieldError.of(WheelService.FIELD_RULE, kind.get() == RuleKind.WEEKS ? "wheel.weeksInvalid"
                    : "wheel.dayInvalid"));
        }
        preview.set(rule == null ? "" : WheelTexts.rule(messages, rule));
        errors.values().forEach(e -> e.set(""));
        for (FieldError error : found) {
            boolean untouchedEmptyName = error.field().equals(WheelService.FIELD_NAME) && !nameTouched;
            ReadOnlyStringWrapper target = errors.get(error.field());
            if (target != null && target.get().isEmpty() && !untouchedEmptyName) {
                target.set(messages.describe(error));
            }
        }
        valid.set(found.isEmpty());
    }
}
