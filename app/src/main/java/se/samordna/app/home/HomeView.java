package se.samordna.app.home;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import se.samordna.app.feature.Notice;
import se.samordna.app.i18n.Messages;

/** The home screen. */
public final class HomeView {
    private final ScrollPane root;

    public HomeView(HomeViewModel model, Messages messages) {
        Label title = new Label();
        title.getStyleClass().add("page-title");
        title.setId("homeTitle");
        title.textProperty().bind(model.titleProperty());
        title.setWrapText(true);
        Label subtitle = new Label();
        subtitle.getStyleClass().add("page-subtitle");
        subtitle.textProperty().bind(model.subtitleProperty());

        VBox notices = new VBox(2);
        notices.setId("homeNotices");
        Runnable showNotices = () -> {
            notices.getChildren().clear();
            if (model.notices().isEmpty()) {
                notices.getChildren().add(new Label(messages.get("home.nothingDue")));
            }
            for (Notice notice : model.notices()) {
                // Things to do are listed as they are; only the overdue and the tips carry a word first.
                Label level = new Label(notice.level() == Notice.Level.DUE ? ""
                        : messages.get("home.level." + notice.level().name()));
                level.setMinWidth(Region.USE_PREF_SIZE);
                level.setVisible(notice.level() != Notice.Level.DUE);
                level.setManaged(level.isVisible());
                if (notice.level() != Notice.Level.INFO) {
                    level.getStyleClass().add("notice-urgent");
                }
                HBox row = new HBox(level.isManaged() ? 6 : 0, level, text(notice, model));
                row.getStyleClass().add("notice");
                row.setAlignment(Pos.BASELINE_LEFT);
                notices.getChildren().add(row);
            }
        };
        model.notices().addListener((ListChangeListener<Notice>) change -> showNotices.run());
        showNotices.run();
        VBox todo = card(messages.get("home.todo"), notices);
        todo.getStyleClass().add("home-todo");

        VBox centre = card(messages.get("home.centre"), bound(model.factsProperty(), "homeFacts"));
        VBox people = card(messages.get("home.roles"), bound(model.rolesProperty(), "homeRoles"));
        centre.visibleProperty().bind(model.factsProperty().isNotEmpty());
        centre.managedProperty().bind(centre.visibleProperty());
        people.visibleProperty().bind(model.rolesProperty().isNotEmpty());
        people.managedProperty().bind(people.visibleProperty());
        VBox backup = card(messages.get("home.backup"), bound(model.lastBackupProperty(), "homeBackup"));
        FlowPane cards = new FlowPane(14, 14, centre, people, backup);
        // Widths in em: three cards side by side on a 1366 px screen at the normal text size, two
        // rows when the text is larger, never a card narrower than its words.
        for (VBox card : new VBox[] {centre, people, backup}) {
            card.getStyleClass().add("home-card");
        }

        VBox page = new VBox(title, subtitle, todo, cards);
        page.getStyleClass().add("page");
        page.setId("homePage");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        se.samordna.app.ui.ScrollFollowsFocus.attach(root);
        model.refresh();
    }

    public Node root() {
        return root;
    }

    /** A notice that leads somewhere is a link: a click, Space or Enter takes you to the work it names. */
    private static Node text(Notice notice, HomeViewModel model) {
        if (notice.destination() == null) {
            Label text = new Label(notice.text());
            text.setWrapText(true);
            return text;
        }
        Hyperlink link = new Hyperlink(notice.text());
        link.getStyleClass().add("notice-link");
        link.setWrapText(true);
        link.setPadding(Insets.EMPTY); // in line with the notices that are plain text
        link.setTextAlignment(TextAlignment.LEFT);
        link.setOnAction(event -> {
            link.setVisited(false);
            model.open(notice);
        });
        link.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                link.fire();
            }
        });
        return link;
    }

    private static Label bound(javafx.beans.value.ObservableStringValue text, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static VBox card(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(heading, content);
        card.getStyleClass().add("card");
        return card;
    }
}
