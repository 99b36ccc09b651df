package se.samordna.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One piece of a clause's text. A clause body is written in a light markup a coordinator can type:
 * a blank line between paragraphs, "- " for a bullet, two spaces before "- " for a bullet under a
 * bullet, "=== " for a sub-heading.
 */
public sealed interface Block {

    record Paragraph(String text) implements Block {
    }

    record Bullet(int level, String text) implements Block {
    }

    record Subheading(String text) implements Block {
    }

    /** Text the app writes from the agreement's facts, such as the list of chosen tasks. */
    record Generated(String name) implements Block {
    }

    Pattern GENERATED = Pattern.compile("^\\{\\{block:([a-z]+)}}$");

    /** Splits a clause body into blocks. Single line breaks inside a paragraph are kept. */
    static List<Block> parse(String body) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : body.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.stripTrailing();
            Matcher generated = GENERATED.matcher(line.strip());
            Block special = null;
            if (line.isBlank()) {
                flush(paragraph, blocks);
                continue;
            } else if (generated.matches()) {
                special = new Generated(generated.group(1));
            } else if (line.startsWith("=== ")) {
                special = new Subheading(line.substring(4).strip());
            } else if (line.startsWith("  - ") || line.startsWith("\t- ")) {
                special = new Bullet(1, line.strip().substring(2).strip());
            } else if (line.startsWith("- ")) {
                special = new Bullet(0, line.substring(2).strip());
            }
            if (special != null) {
                flush(paragraph, blocks);
                blocks.add(special);
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(line.strip());
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
