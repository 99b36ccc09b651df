package se.samordna.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The options Samordna takes on its command line. */
public record CommandLine(Optional<Path> dataDir, Optional<Path> samplesDir, boolean help, boolean startupProbe,
                          boolean verifyData, String exportProbe, Optional<String> serverUrl,
                          Optional<String> serverUser, String error) {

    public static final String USAGE = """
            Samordna – för samordnare av familjecentraler

            Användning / usage:
              samordna [--data-dir MAPP]
              samordna --samples MAPP [--data-dir MAPP]
              samordna --verify-data [--data-dir MAPP]
              samordna --server-url jdbc:postgresql://VÄRD:PORT/DATABAS --server-user NAMN [--data-dir MAPP]

              --data-dir MAPP   använd MAPP för databas, säkerhetskopior och loggar
                                (use DIR for the database, backups and logs)
              --samples MAPP    skriv ett exempel av varje dokument till MAPP och avsluta, utan fönster
                                (write one sample of every document to DIR and exit, no window)
              --verify-data     kontrollera databasen och säkerhetskopiorna utan fönster och utan att
                                ändra något; slutkod 0 när allt är i ordning (check the database and the
                                backups without a window or any change; exit code 0 when all is well)
              --server-url ADRESS  använd den delade servern (PostgreSQL) den här gången, i stället för
                                inställningen; TLS som adressen säger (?sslmode=verify-full), annars av
                                (use the shared server this time, instead of the setting)
              --server-user NAMN   logga in på servern som NAMN; lösenordet frågas efter, eller tas från
                                miljövariabeln SAMORDNA_SERVER_PASSWORD (log in as NAME; the password is
                                asked for, or taken from SAMORDNA_SERVER_PASSWORD)
              --startup-probe   starta, mät tiden till huvudfönstret och avsluta (för mätningar)
                                (start, measure the time to the main window and exit; for benchmarks)
              --export-probe=report|agreement|both
                                som --startup-probe, sedan årsrapporten och/eller avtalet som PDF, första
                                gången och varma; skriv tiderna och avsluta (the same, then the first and
                                warm exports of the report and/or agreement; for benchmarks)
              --export-probe=report-at-once|agreement-at-once
                                detsamma utan att vänta in uppvärmningen av export (the same without
                                waiting for the export warm-up)
              --help            visa den här texten / show this text
            """;

    public static CommandLine parse(List<String> args) {
        Optional<Path> dataDir = Optional.empty();
        Optional<Path> samplesDir = Optional.empty();
        boolean help = false;
        boolean probe = false;
        boolean verify = false;
        String exportProbe = "";
        Optional<String> serverUrl = Optional.empty();
        Optional<String> serverUser = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--startup-probe" -> probe = true;
                case "--verify-data" -> verify = true;
                case "--server-url", "--server-user" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                        return failed("Saknar värde efter " + arg + " / missing value after " + arg);
                    }
                    String value = args.get(++i).strip();
                    if (arg.equals("--server-url")) {
                        if (!value.startsWith("jdbc:postgresql://")) {
                            return failed("--server-url ska börja med jdbc:postgresql:// / must start with jdbc:postgresql://");
                        }
                        serverUrl = Optional.of(value);
                    } else {
                        serverUser = Optional.of(value);
                    }
                }
                case "--data-dir", "--samples" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                        return failed("Saknar mapp efter " + arg + " / missing folder after " + arg);
                    }
                    Path path = Path.of(args.get(++i));
                    if (arg.equals("--data-dir")) {
                        dataDir = Optional.of(path);
                    } else {
                        samplesDir = Optional.of(path);
                    }
                }
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        dataDir = Optional.of(Path.of(arg.substring("--data-dir=".length())));
                    } else if (arg.startsWith("--export-probe=")
                            && ExportProbe.known(arg.substring("--export-probe=".length()))) {
                        exportProbe = arg.substring("--export-probe=".length());
                        probe = true;
                    } else if (arg.startsWith("--samples=")) {
                        samplesDir = Optional.of(Path.of(arg.substring("--samples=".length())));
                    } else {
                        return failed("Okänt val / unknown option: " + arg);
                    }
                }
            }
        }
        if (serverUser.isPresent() && serverUrl.isEmpty()) {
            return failed("--server-user behöver --server-url / --server-user needs --server-url");
        }
        return new CommandLine(dataDir, samplesDir, help, probe, verify, exportProbe, serverUrl, serverUser, "");
    }

    private static CommandLine failed(String error) {
        return new CommandLine(Optional.empty(), Optional.empty(), false, false, false, "", Optional.empty(),
                Optional.empty(), error);
    }

    /** The server named on the command line (user: --server-user, else this computer's user name). */
    public Optional<se.samordna.core.db.ServerSettings> server() {
        return serverUrl.map(url -> se.samordna.core.db.ServerSettings.fromJdbcUrl(url,
                serverUser.orElse(System.getProperty("user.name", ""))));
    }

    public boolean failed() {
        return !error.isEmpty();
    }
}
