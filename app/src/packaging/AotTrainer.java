import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step of the installer profile (run as a single-file program: {@code java AotTrainer.java IMAGE NAME}):
 * makes the JDK's ahead-of-time cache for a jpackage app-image. It starts the packaged app once with
 * the same runtime, class path and options as its launcher, in {@code --startup-probe} mode on a
 * throw-away data folder, and writes {@code lib/app/<name>.aot}, which the launcher's
 * {@code -XX:AOTCache=$APPDIR/<name>.aot} then uses. Without a display (CI), JavaFX's headless
 * platform is used for the training run; the cache still covers the JDK, the libraries and the app.
 */
public final class AotTrainer {
    private AotTrainer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: java AotTrainer.java APP_IMAGE_DIR APP_NAME [app args…]");
            System.exit(2);
        }
        Path image = Path.of(args[0]).toAbsolutePath();
        String name = args[1];
        Path appDir = Files.isDirectory(image.resolve("lib/app")) ? image.resolve("lib/app")
                : image.resolve("Contents/app");
        Path runtime = Files.isDirectory(image.resolve("lib/runtime")) ? image.resolve("lib/runtime")
                : Files.isDirectory(image.resolve("runtime")) ? image.resolve("runtime")
                : image.resolve("Contents/runtime/Contents/Home");
        Path cfg = appDir.resolve(name + ".cfg");
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(cfg)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
            if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            } else if (line.startsWith("java-options=") && !value.startsWith("-XX:AOTCache=")) {
                options.add(value);
            }
        }
        if (mainClass == null) {
            throw new IllegalStateException("No main class in " + cfg);
        }
        Path cache = appDir.resolve(name + ".aot");
        Files.deleteIfExists(cache);
        Path data = Files.createTempDirectory("samordna-aot-training");
        String javaExe = runtime.resolve("bin").resolve(isWindows() ? "java.exe" : "java").toString();
        List<String> command = new ArrayList<>(List.of(javaExe, "-XX:AOTCacheOutput=" + cache));
        command.addAll(options);
        boolean linux = System.getProperty("os.name").toLowerCase().contains("linux");
        if (linux && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank())) {
            command.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-Djava.util.prefs.userRoot=" + data.resolve("prefs"), "-cp",
                String.join(java.io.File.pathSeparator, classPath), mainClass, "--startup-probe", "--data-dir",
                data.resolve("data").toString()));
        for (int i = 2; i < args.length; i++) {
            command.add(args[i]);
        }
        // Twice: the first start creates the example data; the second is the ordinary start to learn from.
        List<String> firstStart = new ArrayList<>(command);
        firstStart.removeIf(arg -> arg.startsWith("-XX:AOTCacheOutput="));
        int first = new ProcessBuilder(firstStart).inheritIO().start().waitFor();
        int code = first == 0 ? new ProcessBuilder(command).inheritIO().start().waitFor() : first;
        deleteTree(data);
        if (code != 0 || !Files.isRegularFile(cache)) {
            System.err.println("AOT training failed (exit " + code + "); the app starts without the cache.");
            System.exit(code == 0 ? 1 : code);
        }
        System.out.println("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase().contains("win");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
