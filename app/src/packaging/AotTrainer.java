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
 * {@code -XX:AOTCache=$APPDIR/<name>.aot} then uses. Without a display on Linux it trains on a
 * virtual one (Xvfb) when installed, so the cache holds the GTK platform the app will use; failing
 * that (CI), on JavaFX's headless platform: the cache still covers the JDK, the libraries and the app.
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
        Process xvfb = null;
        String display = null;
        if (linux && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank())) {
            // Learn from the platform the app will really use (GTK on X11): a virtual display if there is one.
            display = ":" + (90 + ProcessHandle.current().pid() % 9);
            xvfb = startXvfb(display);
            if (xvfb == null) {
                System.out.println("AOT training: no display and no Xvfb, so JavaFX's headless platform is used;"
                        + " the cache then lacks the GTK classes and the window starts a little slower.");
                command.addAll(List.of("-Dglass.platform=Headless", "-Dprism.order=sw"));
                display = null;
            }
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
        int code;
        try {
            int first = run(firstStart, display);
            code = first == 0 ? run(command, display) : first;
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
            deleteTree(data);
        }
        if (code != 0 || !Files.isRegularFile(cache)) {
            System.err.println("AOT training failed (exit " + code + "); the app starts without the cache.");
            System.exit(code == 0 ? 1 : code);
        }
        System.out.println("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
    }

    private static int run(List<String> command, String display) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        return builder.start().waitFor();
    }

    /** A virtual X display for the training run, or null when Xvfb is not installed or does not start. */
    private static Process startXvfb(String display) throws InterruptedException {
        try {
            Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1500);
            if (xvfb.isAlive()) {
                System.out.println("AOT training on the virtual display " + display);
                return xvfb;
            }
        } catch (IOException notInstalled) {
            // Fall back to the headless platform.
        }
        return null;
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
