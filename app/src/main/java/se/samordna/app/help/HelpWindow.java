package se.samordna.app.help;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import se.samordna.app.i18n.Messages;
import se.samordna.app.ui.Styles;

/**
 * The user guide in a window of its own beside the main one: the pages on the left, the chosen page
 * on the right, laid out as text flows (no web view: the packaged runtime stays without WebKit).
 * Links between pages, arrow keys in the page list, Esc closes.
 */
public final class HelpWindow {
    private static final String SHEET = "/se/samordna/app/help/help.css";

    private final HelpGuide guide;
    private final Stage stage = new Stage();
    private final ListView<HelpPage> list = new ListView<>();
    private final VBox page = new VBox();
    private final ScrollPane scroll = new ScrollPane(page);

    public HelpWindow(Window owner, Messages messages, HelpGuide guide, int fontSize) {
        this.guide = guide;
        stage.initOwner(owner);
        stage.setTitle(messages.get("help.title"));

        list.setId("helpPages");
        list.getItems().setAll(guide.pages());
        list.setPrefWidth(230);
        list.setMinWidth(170);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(HelpPage item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                render(chosen);
            }
        });

        page.setId("helpContent");
        page.getStyleClass().add("help-page");
        scroll.setFitToWidth(true);
        scroll.setId("helpScroll");
        BorderPane root = new BorderPane(scroll);
        root.setLeft(list);
        root.setId("helpWindow");
        Scene scene = new Scene(root, 940, 660);
        Styles.apply(scene, fontSize);
        scene.getStylesheets().add(HelpWindow.class.getResource(SHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) { // before the page list, which takes Esc for itself
                event.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    /** Opens the guide at {@code topic}, or turns to it and brings the window forward if it is open. */
    public void show(HelpTopic topic) {
        list.getSelectionModel().select(guide.page(topic));
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus(); // the reader's keys (arrows, Esc) go to the guide
        list.requestFocus();
    }

    public void close() {
        stage.close();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public String language() {
        return guide.language();
    }

    private void render(HelpPage shown) {
        Label title = new Label(shown.title());
        title.setId("helpTitle");
        title.getStyleClass().add("help-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        page.getChildren().setAll(title);
        for (HelpPage.Block block : shown.blocks()) {
            page.getChildren().add(switch (block) {
                case HelpPage.Heading heading -> heading(heading.text());
                case HelpPage.Paragraph paragraph -> flow(paragraph.spans());
                case HelpPage.Bullets bullets -> items(bullets.items(), false);
                case HelpPage.Steps steps -> items(steps.items(), true);
            });
        }
        scroll.setVvalue(0);
    }

    private static Node heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("help-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return heading;
    }

    private Node items(List<List<HelpPage.Span>> items, boolean numbered) {
        VBox box = new VBox();
        box.getStyleClass().add("help-list");
        for (int i = 0; i < items.size(); i++) {
            Label mark = new Label(numbered ? (i + 1) + "." : "•");
            mark.getStyleClass().add("help-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            TextFlow text = flow(items.get(i));
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(mark, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("help-item");
            box.getChildren().add(row);
        }
        return box;
    }

    private TextFlow flow(List<HelpPage.Span> spans) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("help-text");
        flow.setMinWidth(0);
        for (HelpPage.Span span : spans) {
            flow.getChildren().add(switch (span) {
                case HelpPage.Plain plain -> text(plain.text(), "help-plain");
                case HelpPage.Strong strong -> text(strong.text(), "help-strong");
                case HelpPage.Link link -> link(link);
            });
        }
        return flow;
    }

    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        return text;
    }

    private Node link(HelpPage.Link link) {
        Hyperlink hyperlink = new Hyperlink(link.text());
        hyperlink.getStyleClass().add("help-link");
        hyperlink.setPadding(Insets.EMPTY);
        hyperlink.setOnAction(event -> {
            hyperlink.setVisited(false);
            show(link.target());
        });
        return hyperlink;
    }
}
