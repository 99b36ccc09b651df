package se.samordna.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.samordna.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule appHasNoSql = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..",
                    "se.samordna.core.db.generated..")
            .because("the app talks to core services and domain records, never to the database (STYLE.md)");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchTheSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without the FX thread; only views build controls");

    @ArchTest
    static final ArchRule fileDialogsOnlyThroughTheSeam = noClasses()
            .that().doNotHaveFullyQualifiedName("se.samordna.app.ui.SystemFileDialogs")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.DirectoryChooser")
            .because("views get FileDialogs from AppContext, so tests can answer every dialog (0.1.0 shipped "
                    + "with every file dialog broken and no test going through one)");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices()
            .matching("se.samordna.app.(*)..")
            .should().beFreeOfCycles();
}
