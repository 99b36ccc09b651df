package se.samordna.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.core.common.UserFacingException;

class KeyFileTest {
    private static final char[] PASSWORD = "Blåbärssoppa 2026".toCharArray();

    @TempDir
    Path dir;

    @Test
    void passwordAndRecoveryCodeEachOpenTheKeyAndAWrongOneIsRefused() {
        DataKey key = DataKey.generate();
        RecoveryCode code = RecoveryCode.generate();
        KeyFile keys = KeyFile.create(key, PASSWORD, code);

        assertThat(keys.unlockWithPassword(PASSWORD)).isEqualTo(key);
        assertThat(keys.unlockWithRecoveryCode(code)).isEqualTo(key);
        assertThatThrownBy(() -> keys.unlockWithPassword("Blåbärssoppa 2025".toCharArray()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("security.wrongPassword");
        assertThatThrownBy(() -> keys.unlockWithRecoveryCode(RecoveryCode.generate()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("security.wrongRecoveryCode");
    }

    @Test
    void theKeyIsStretchedWithAtLeast600000RoundsAndAFileAskingForFewerIsRefused() {
        KeyFile keys = KeyFile.create(DataKey.generate(), PASSWORD, RecoveryCode.generate());
        assertThat(keys.passwordIterations()).isGreaterThanOrEqualTo(600_000);

        String text = new String(keys.toBytes(), StandardCharsets.UTF_8).replace("password.iterations=600000",
                "password.iterations=1000");
        assertThatThrownBy(() -> KeyFile.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingThePasswordRewrapsTheSameKeyAndKeepsTheRecoveryCode() {
        DataKey key = DataKey.generate();
        RecoveryCode code = RecoveryCode.generate();
        KeyFile before = KeyFile.create(key, PASSWORD, code);
        char[] newPassword = "Lingonsylt och pannkaka".toCharArray();

        KeyFile after = before.withPassword(key, newPassword);
        after.write(dir.resolve("samordna.keys"));
        KeyFile read = KeyFile.read(dir.resolve("samordna.keys")).orElseThrow();

        assertThat(read.unlockWithPassword(newPassword)).isEqualTo(key);
        assertThat(read.unlockWithRecoveryCode(code)).isEqualTo(key);
        assertThatThrownBy(() -> read.unlockWithPassword(PASSWORD)).isInstanceOf(UserFacingException.class);
        assertThat(read.keyId()).isEqualTo(before.keyId());
    }

    @Test
    void theKeyFileHoldsNeitherThePasswordNorTheKey() throws IOException {
        DataKey key = DataKey.generate();
        KeyFile.create(key, PASSWORD, RecoveryCode.generate()).write(dir.resolve("k"));
        String text = Files.readString(dir.resolve("k"), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Blåbär").doesNotContain(key.h2FilePassword());
        if (PrivateFiles.posix()) {
            assertThat(Files.getPosixFilePermissions(dir.resolve("k"))).isEqualTo(PrivateFiles.FILE);
        }
    }

    @Test
    void aRecoveryCodeIsReadBackAsPeopleCopyIt() {
        RecoveryCode code = RecoveryCode.generate();
        String typed = code.grouped().toLowerCase().replace('0', 'o').replace("-", " ");
        assertThat(RecoveryCode.parse(typed)).contains(code);
        assertThat(RecoveryCode.parse("ABCDE-FGHJK")).isEmpty();
        assertThat(RecoveryCode.parse(code.grouped() + "!")).isEmpty();
        assertThat(code.grouped()).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
    }

    @Test
    void theDelayGrowsButNeverLocksOut() {
        assertThat(GuessDelay.after(1)).isZero();
        assertThat(GuessDelay.after(2)).isZero();
        assertThat(GuessDelay.after(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(GuessDelay.after(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(GuessDelay.after(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void passwordsShorterThanTenCharactersAreRefused() {
        assertThat(Passwords.strength("kort")).isEqualTo(Passwords.Strength.TOO_SHORT);
        assertThat(Passwords.strength("aaaaaaaaaaaa")).isEqualTo(Passwords.Strength.WEAK);
        assertThat(Passwords.strength("Blåbärssoppa 2026")).isEqualTo(Passwords.Strength.STRONG);
        assertThat(Passwords.acceptable("0123456789")).isTrue();
    }

    @Test
    void aStreamOfSeveralSegmentsComesBackWholeAndAnAlteredOrCutOneIsRefused() throws IOException {
        byte[] plain = new byte[(1 << 20) * 2 + 12345];
        new Random(7).nextBytes(plain);
        DataKey key = DataKey.generate();
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        StreamCipher.encrypt(new ByteArrayInputStream(plain), sealed, key.backupKey());
        byte[] cipher = sealed.toByteArray();

        ByteArrayOutputStream back = new ByteArrayOutputStream();
        StreamCipher.decrypt(new ByteArrayInputStream(cipher), back, key.backupKey());
        assertThat(back.toByteArray()).isEqualTo(plain);

        byte[] altered = cipher.clone();
        altered[altered.length / 2] ^= 1;
        assertThatThrownBy(() -> StreamCipher.decrypt(new ByteArrayInputStream(altered), new ByteArrayOutputStream(),
                key.backupKey())).isInstanceOf(StreamCipher.DecryptionFailed.class);
        byte[] cut = Arrays.copyOf(cipher, (1 << 20) + 16 + 4 + 16); // the first segment alone
        assertThatThrownBy(() -> StreamCipher.decrypt(new ByteArrayInputStream(cut), new ByteArrayOutputStream(),
                key.backupKey())).isInstanceOf(StreamCipher.DecryptionFailed.class);
        assertThatThrownBy(() -> StreamCipher.decrypt(new ByteArrayInputStream(cipher), new ByteArrayOutputStream(),
                DataKey.generate().backupKey())).isInstanceOf(StreamCipher.DecryptionFailed.class);
    }

    @Test
    void logLinesLoseEmailsPhoneNumbersAndQuotedText() {
        String line = "Referential integrity: INSERT INTO PERSON VALUES('Anna Lindqvist', 'anna@x.se') "
                + "ida.persson@krokom.example.se 0640-161 20 +46 70 123 45 67 at 2026-11-23 10:15 "
                + "samordna-20261123-101500-123-avslut.zip";
        String scrubbed = LogScrubber.scrub(line);
        assertThat(scrubbed).doesNotContain("Anna", "Lindqvist", "ida.persson", "161 20", "123 45 67")
                .contains("INSERT INTO PERSON", "2026-11-23 10:15", "samordna-20261123-101500-123-avslut.zip");
    }
}
