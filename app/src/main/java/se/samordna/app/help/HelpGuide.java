package se.samordna.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide, read from plain text files per language ({@code help/sv/avtal.txt}): a first line
 * "# Title", then paragraphs, "## Headings", "- " lists and "1. " steps; within a line *strong* for
 * what is on the screen and [text](page) for a link to another page. Small on purpose: the text is
 * written by people who are not programmers, and it is shown without a web view.
 */
public final class HelpGuide {
    private static final String FOLDER = "/se/samordna/app/help/";
    private static final Pattern STEP = Pattern.compile("^\\d+\\.\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([a-z-]+)\\)");

    private final String language;
    private final Map<HelpTopic, HelpPage> pages = new EnumMap<>(HelpTopic.class);

    private HelpGuide(String language) {
        this.language = language;
    }

    /** The guide in {@code language} ("sv" or "en"); every page is read at once, so a broken one shows at start. */
    public static HelpGuide load(String language) {
        HelpGuide guide = new HelpGuide(language);
        for (HelpTopic topic : HelpTopic.values()) {
            guide.pages.put(topic, parse(topic, read(language, topic)));
        }
        return guide;
    }

    public String language() {
        return language;
    }

    public List<HelpPage> pages() {
        return List.copyOf(pages.values());
    }

    public HelpPage page(HelpTopic topic) {
        return pages.get(topic);
    }

    private static String read(String language, HelpTopic topic) {
        String path = FOLDER + language + "/" + topic.id() + ".txt";
        try (InputStream in = HelpGuide.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the user guide has no page " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HelpPage parse(HelpTopic topic, String text) {
        List<String> lines = text.replace("\r", "").lines().toList();
        if (lines.isEmpty() || !lines.getFirst().startsWith("# ")) {
            throw new IllegalStateException(topic.id() + ": the first line must be \"# Title\"");
        }
        String title = lines.getFirst().substring(2).strip();
        List<HelpPage.Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<List<HelpPage.Span>> items = new ArrayList<>();
        boolean steps = false;
        for (String raw : lines.subList(1, lines.size())) {
            String line = raw.strip();
            Matcher step = STEP.matcher(line);
            boolean isStep = step.matches();
            boolean isBullet = line.startsWith("- ");
            boolean isHeading = line.startsWith("## ");
            if (!line.isEmpty() && raw.startsWith("  ") && !items.isEmpty() && !isBullet && !isStep) {
                // An indented line goes on with the list item above it.
                List<HelpPage.Span> last = new ArrayList<>(items.removeLast());
                last.addAll(spans(topic, " " + line));
                items.add(last);
                continue;
            }
            if (line.isEmpty() || isHeading || isBullet || isStep) {
                flushParagraph(topic, paragraph, blocks);
            }
            if (!isBullet && !isStep || isBullet == steps) {
                flushItems(items, steps, blocks); // the list ends, or turns from steps to bullets or back
            }
            if (isHeading) {
                blocks.add(new HelpPage.Heading(line.substring(3).strip()));
            } else if (isBullet || isStep) {
                steps = isStep;
                items.add(spans(topic, isStep ? step.group(1) : line.substring(2).strip()));
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        flushParagraph(topic, paragraph, blocks);
        flushItems(items, steps, blocks);
        return new HelpPage(topic, title, blocks);
    }

    private static void flushParagraph(HelpTopic topic, List<String> lines, List<HelpPage.Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new HelpPage.Paragraph(spans(topic, String.join(" ", lines))));
            lines.clear();
        }
    }

    private static void flushItems(List<List<HelpPage.Span>> items, boolean steps, List<HelpPage.Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(steps ? new HelpPage.Steps(items) : new HelpPage.Bullets(items));
            items.clear();
        }
    }

    /** Splits a line into plain text, *strong* text and [links](page). */
    static List<HelpPage.Span> spans(HelpTopic topic, String line) {
        List<HelpPage.Span> spans = new ArrayList<>();
        Matcher link = LINK.matcher(line);
        int at = 0;
        while (link.find()) {
            strongAndPlain(topic, line.substring(at, link.start()), spans);
            spans.add(new HelpPage.Link(link.group(1), HelpTopic.byId(link.group(2))));
            at = link.end();
        }
        strongAndPlain(topic, line.substring(at), spans);
        return spans;
    }

    private static void strongAndPlain(HelpTopic topic, String text, List<HelpPage.Span> spans) {
        if (text.contains("[") || text.contains("](")) {
            throw new IllegalStateException(topic.id() + ": a link is not written [text](page): " + text);
        }
        String[] parts = text.split("\\*", -1);
        if (parts.length % 2 == 0) {
            throw new IllegalStateException(topic.id() + ": a * is not closed: " + text);
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                spans.add(i % 2 == 0 ? new HelpPage.Plain(parts[i]) : new HelpPage.Strong(parts[i]));
            }
        }
    }
}
