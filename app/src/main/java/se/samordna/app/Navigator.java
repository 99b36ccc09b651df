package se.samordna.app;

import java.util.function.Consumer;

import se.samordna.app.agreement.AgreementsViewModel;
import se.samordna.app.context.WorkContext;
import se.samordna.app.home.Destination;
import se.samordna.app.shell.MainWindowViewModel;
import se.samordna.app.shell.Section;
import se.samordna.app.survey.SurveyViewModel;

/**
 * Takes the user to the work a notice on the home screen names: the page, and where it can, the thing
 * itself. The page's state is set before the page is shown, so a page built now opens there at once.
 */
final class Navigator implements Consumer<Destination> {
    private final MainWindowViewModel window;
    private final WorkContext work;
    private final AgreementsViewModel agreements;
    private final SurveyViewModel survey;

    Navigator(MainWindowViewModel window, WorkContext work, AgreementsViewModel agreements, SurveyViewModel survey) {
        this.window = window;
        this.work = work;
        this.agreements = agreements;
        this.survey = survey;
    }

    @Override
    public void accept(Destination destination) {
        switch (destination) {
            case Destination.Page page -> window.sectionProperty().set(page.section());
            case Destination.Agreement agreement -> {
                window.sectionProperty().set(Section.AGREEMENTS);
                agreements.open(agreement.agreementId());
            }
            case Destination.Survey wanted -> {
                survey.tabProperty().set(switch (wanted.work()) {
                    case PRINT_FORMS -> SurveyViewModel.Tab.FORMS;
                    case TYPE_IN -> SurveyViewModel.Tab.ENTRY;
                    case RESULTS -> SurveyViewModel.Tab.RESULTS;
                });
                window.sectionProperty().set(Section.SURVEY);
            }
            case Destination.Report report -> {
                work.yearProperty().set(report.year());
                window.sectionProperty().set(Section.REPORT);
            }
        }
    }
}
