package se.samordna.core.pdf;

import java.time.ZonedDateTime;

/** What a PDF says about itself: title, author, subject, keywords, language and date. */
public record DocumentInfo(String title, String author, String subject, String keywords, String language,
                           ZonedDateTime created) {

    public static final String CREATOR = "Samordna";
}
