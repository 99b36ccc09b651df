package se.samordna.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The options Samordna takes on its command line. */
public record CommandLine(Optional<Path> dataDir, Optional<Path> samplesDir, boolean help, boolean startupProbe,
                          boolean verifyData, String exportProbe, String error) {

    public static final String USAGE = """
            Samordna – för samordnare av familjecentraler

            Användning / usage:
              samordna [--data-dir MAPP]
              samordna --samples MAPP [--data-dir MAPP]
              samordna --verify-data [--data-dir MAPP]

              --data-dir MAPP   använd MAPP för databas, säkerhetskopior och loggar
                                (use DIR for the database, backups and logs)
              --samples MAPP    skriv ett exempel av varje dokument till MAPP och avsluta, utan fönster
                                (write one sample of every document to DIR and exit, no window)
              --verify-data     kontrollera databasen och säkerhetskopiorna utan fönster och utan att
                                ändra något; slutkod 0 när allt är i ordning (check the database and the
                                backups without a window or any change; exit code 0 when all is well)
              --startup-probe   starta, mät tiden till huvudfönstret och avsluta (för mätningar)
                                (start, measure the time to the main window and exit; for benchmarks)
              --export-probe=report|agreement|both
                                som --startup-probe, sedan årsrapporten och/eller avtalet som PDF, första
                                gången och varma; skriv tiderna och avsluta (the same, then the first and
                                warm exports of the report and/or agreement; for benchmarks)
              --help            visa den här texten / show this text
            """;

    public static CommandLine parse(List<String> args) {
        Optional<Path> dataDir = Optional.empty();
        Optional<Path> samplesDir = Optional.empty();
        boolean help = false;
        boolean probe = false;
        boolean verify = false;
        String exportProbe = "";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--startup-probe" -> probe = true;
                case "--verify-data" -> verify = true;
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
        return new CommandLine(dataDir, samplesDir, help, probe, verify, exportProbe, "");
    }

    private static CommandLine failed(String error) {
        return new CommandLine(Optional.empty(), Optional.empty(), false, false, false, "", error);
    }

    public boolean failed() {
        return !error.isEmpty();
    }
}
