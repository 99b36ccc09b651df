package se.samordna.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lengths are counted as the database counts them, so a text the check lets through always fits its column. */
class TextRulesTest {
    private static final String EMOJI = "\uD83D\uDE00"; // 😀, outside the Basic Multilingual Plane
    private static final String ARABIC = "مركز الأسرة في الحي";
    private static final String COMBINING = "e\u0301"; // é written as e and an accent

    @TempDir
    Path dir;

    @Test
    void anEmojiCountsTwoAsInTheDatabase() {
        assertThat(TextRules.length(EMOJI.repeat(100))).isEqualTo(200);
        assertThat(TextRules.length(ARABIC)).isEqualTo(ARABIC.length()).isEqualTo(19);
        assertThat(TextRules.length("  Solsidan  ")).as("counted as stored, trimmed").isEqualTo(8);
    }

    @Test
    void tooLongWithEmojiSaysWhySoTheCountMakesSense() {
        List<FieldError> errors = new ArrayList<>();

        TextRules.maxLength("name", EMOJI.repeat(101), 200, errors);
        TextRules.maxLength("name", EMOJI.repeat(100), 200, errors);
        TextRules.maxLength("name", "x".repeat(201), 200, errors);

        assertThat(errors).extracting(FieldError::messageKey).containsExactly(TextRules.TOO_LONG_WIDE,
                TextRules.TOO_LONG);
        assertThat(errors.getFirst().arguments()).containsExactly(200, 202);
    }

    /**
     * The measurement behind {@link TextRules#length}, kept as a test so an H2 upgrade that counts
     * otherwise is noticed: for each text, the check accepts it exactly when H2 stores it.
     */
    @Test
    void theCheckAcceptsATextExactlyWhenH2StoresItInAVarcharOfThatSize() throws SQLException {
        List<String> texts = List.of(EMOJI.repeat(5), EMOJI.repeat(6), EMOJI.repeat(4) + "ab", EMOJI.repeat(4) + "abc",
                "x".repeat(10), "x".repeat(11), ARABIC.substring(0, 10), ARABIC.substring(0, 11),
                COMBINING.repeat(5), COMBINING.repeat(5) + "x", "ab" + EMOJI + "\u0645\u0631\u062d" + EMOJI);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("count"), "sa", "")) {
            db.createStatement().execute("CREATE TABLE t (text VARCHAR(10))");
            for (String text : texts) {
                List<FieldError> errors = new ArrayList<>();
                TextRules.maxLength("text", text, 10, errors);
                assertThat(errors.isEmpty()).as("check of %s (%d code units, %d code points)", text, text.length(),
                        text.codePointCount(0, text.length())).isEqualTo(storedByH2(db, text));
            }
            try (ResultSet longest = db.createStatement().executeQuery(
                    "SELECT CHAR_LENGTH(text) FROM t WHERE text = '" + EMOJI.repeat(5) + "'")) {
                assertThat(longest.next()).isTrue();
                assertThat(longest.getInt(1)).as("H2's own count of five emoji").isEqualTo(10);
            }
        }
    }

    private static boolean storedByH2(Connection db, String text) {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO t VALUES (?)")) {
            insert.setString(1, text);
            insert.execute();
            return true;
        } catch (SQLException tooLong) {
            assertThat(tooLong.getErrorCode()).as("refused for its length").isEqualTo(22001);
            return false;
        }
    }
}
