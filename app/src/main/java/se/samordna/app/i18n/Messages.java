package se.samordna.app.i18n;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import se.samordna.core.common.FieldError;
import se.samordna.core.common.UserFacingException;
import se.samordna.core.common.ValidationException;

/**
 * All UI text, from {@code messages.properties} (Swedish) and {@code messages_en.properties}.
 * Every text goes through {@link MessageFormat}, so apostrophes are written twice in the files.
 */
public final class Messages {
    /** What a file name or a word typed by someone never looks like, and an internal message often does. */
    private static final Pattern TECHNICAL = Pattern.compile(String.join("|",
            "[\\r\\n\\t]", // a stack trace or several lines of detail
            "\\bat\\s+[\\w$]+(\\.[\\w$<>]+)+\\(", // a stack frame: at se.samordna.Db.run(Db.java:9)
            "\\b(java|javax|jdk|sun|org|com|se)\\.[a-z]\\w*\\.", // a package name
            "(?i:exception|jdbc|\\bsql\\b|\\bh2\\b)",
            "\\b(SELECT|INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|FROM|WHERE|VALUES)\\b",
            "(?i:\\b(table|column|constraint|sequence|schema)\\s+\")", // H2: Table "SURVEY" not found
            "\\[\\d{5}-\\d+]")); // H2's error code: [42102-252]

    public static final String BUNDLE = "se.samordna.app.i18n.messages";
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Swedish unless {@code language} is "en". */
    public static Messages forLanguage(String language) {
        Locale locale = "en".equals(language) ? ENGLISH : SWEDISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** A date as prose writes it: "1 mars 2027", "1 March 2027". */
    public String longDate(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The label of an enum constant: key {@code SimpleClassName.CONSTANT}. */
    public String label(Enum<?> value) {
        return get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public String describe(FieldError error) {
        return get(error.messageKey(), error.arguments().toArray());
    }

    /**
     * A failure in words a coordinator can act on. Never SQL, a class name, a program's own message or
     * a stack trace: anything that is not a {@link UserFacingException} with a known key gets the
     * general message, and its arguments go through {@link #shown}. The detail is in the log.
     */
    public String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof UserFacingException userFacing && has(userFacing.messageKey())) {
                StringBuilder text = new StringBuilder(get(userFacing.messageKey(), shown(userFacing.arguments())));
                if (cause instanceof ValidationException invalid) {
                    invalid.errors().forEach(error -> text.append(' ')
                            .append(get(error.messageKey(), shown(error.arguments()))));
                }
                return text.toString();
            }
            cause = cause.getCause();
        }
        return get("error.unexpected");
    }

    /**
     * A failure's arguments as a user may see them: numbers, dates, file locations and plain words.
     * Any other object, and any text that reads like the program's inner workings (SQL, a Java name,
     * an exception, a stack trace), is replaced by a pointer to the log, whatever the message says.
     */
    Object[] shown(List<Object> arguments) {
        Object[] shown = new Object[arguments.size()];
        for (int i = 0; i < shown.length; i++) {
            Object argument = arguments.get(i);
            boolean plain = argument instanceof Number || argument instanceof Path || argument instanceof TemporalAccessor
                    || argument instanceof CharSequence text && !TECHNICAL.matcher(text).find();
            shown[i] = plain ? argument : get("error.detailInLog");
        }
        return shown;
    }
}
