package se.samordna.app.help;

import java.util.List;

/** One page of the user guide: its title and its text as blocks, ready to be laid out. */
public record HelpPage(HelpTopic topic, String title, List<Block> blocks) {

    public HelpPage {
        blocks = List.copyOf(blocks);
    }

    /** A piece of a page. */
    public sealed interface Block {
    }

    /** "## Heading": a subheading within the page. */
    public record Heading(String text) implements Block {
    }

    /** Lines separated from the rest by a blank line. */
    public record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** Lines starting "- ": a list without order. */
    public record Bullets(List<List<Span>> items) implements Block {
        public Bullets {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** Lines starting "1. ", "2. ": steps in order. */
    public record Steps(List<List<Span>> items) implements Block {
        public Steps {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A run of text within a block. */
    public sealed interface Span {
        String text();
    }

    public record Plain(String text) implements Span {
    }

    /** "*Arkiv › Säkerhetskopiera nu*": what is written on the screen or on a key. */
    public record Strong(String text) implements Span {
    }

    /** "[the survey](foraldraenkat)": a link to another page of the guide. */
    public record Link(String text, HelpTopic target) implements Span {
    }
}
