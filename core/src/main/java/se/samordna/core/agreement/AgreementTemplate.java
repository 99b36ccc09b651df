package se.samordna.core.agreement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built-in agreement template (Bilaga 1 or the Bilaga 2 template), read from its text resource:
 * the title, an optional subtitle and the clauses in order, every word from the seed.
 */
public record AgreementTemplate(AgreementKind kind, String title, String subtitle, List<TemplateClause> clauses) {

    /** One clause of a template: a stable key, its heading (may be empty) and its body markup. */
    public record TemplateClause(String key, String heading, String body) {
    }

    /** One of the coordinator's tasks offered by Bilaga 2. */
    public record TaskTemplate(int level, String text, boolean inTemplateList) {
    }

    /**
     * The list of recommended tasks that opens Bilaga 2: its heading (with blanks, as {{name|hint}}),
     * the two sentences that introduce it, and the tasks in order.
     */
    public record TaskList(String heading, String intro, List<TaskTemplate> tasks) {
        public TaskList {
            tasks = List.copyOf(tasks);
        }
    }

    private static final Map<AgreementKind, AgreementTemplate> CACHE = new EnumMap<>(AgreementKind.class);

    public AgreementTemplate {
        clauses = List.copyOf(clauses);
    }

    public static synchronized AgreementTemplate of(AgreementKind kind) {
        return CACHE.computeIfAbsent(kind, k -> parse(k, readLines(k.templateResource())));
    }

    public Optional<TemplateClause> clause(String key) {
        return clauses.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The tasks of Bilaga 2, in order, nested ones at level 1. */
    public static List<TaskTemplate> coordinatorTasks() {
        return coordinatorTaskList().tasks();
    }

    /** Bilaga 2's list of recommended tasks with its heading and introduction. */
    public static TaskList coordinatorTaskList() {
        String heading = "";
        String intro = "";
        List<TaskTemplate> tasks = new ArrayList<>();
        for (String line : readLines("samordnaruppgifter.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@title ")) {
                heading = line.substring(7).strip();
                continue;
            }
            if (line.startsWith("@intro ")) {
                intro = line.substring(7).strip();
                continue;
            }
            int level = line.startsWith("  ") ? 1 : 0;
            String trimmed = line.strip();
            boolean chosen = trimmed.startsWith("[x]");
            tasks.add(new TaskTemplate(level, trimmed.substring(3).strip(), chosen));
        }
        return new TaskList(heading, intro, tasks);
    }

    static AgreementTemplate parse(AgreementKind kind, List<String> lines) {
        String title = "";
        String subtitle = "";
        List<TemplateClause> clauses = new ArrayList<>();
        String key = null;
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@title ")) {
                title = line.substring(7).strip();
            } else if (line.startsWith("@subtitle ")) {
                subtitle = line.substring(10).strip();
            } else if (line.startsWith("== ")) {
                if (key != null) {
                    clauses.add(new TemplateClause(key, heading, body.toString().strip()));
                }
                String[] parts = line.substring(3).split("\\|", 2);
                key = parts[0].strip();
                heading = parts.length > 1 ? parts[1].strip() : "";
                body.setLength(0);
            } else if (key != null) {
                body.append(line).append('\n');
            }
        }
        if (key != null) {
            clauses.add(new TemplateClause(key, heading, body.toString().strip()));
        }
        return new AgreementTemplate(kind, title, subtitle, clauses);
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = AgreementTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
