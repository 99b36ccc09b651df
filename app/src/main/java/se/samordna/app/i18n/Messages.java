package se.samordna.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import se.samordna.core.common.FieldError;
import se.samordna.core.common.UserFacingException;

/**
 * All UI text, from {@code messages.properties} (Swedish) and {@code messages_en.properties}.
 * Every text goes through {@link MessageFormat}, so apostrophes are written twice in the files.
 */
public final class Messages {
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

    /** A failure in words a coordinator can act on; never a stack trace. */
    public String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof UserFacingException userFacing && has(userFacing.messageKey())) {
                return get(userFacing.messageKey(), userFacing.arguments().toArray());
            }
            cause = cause.getCause();
        }
        return get("error.unexpected");
    }
}
