package se.samordna.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.samordna.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("core is the domain and must run without a UI (STYLE.md)");

    @ArchTest
    static final ArchRule capabilitiesAreFreeOfCycles = slices()
            .matching("se.samordna.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule generatedJooqStaysBehindStores = noClasses()
            .that().resideOutsideOfPackage("se.samordna.core.db.generated..")
            .and().haveSimpleNameNotEndingWith("Store")
            .should().dependOnClassesThat().resideInAPackage("se.samordna.core.db.generated..")
            .because("only stores touch generated jOOQ classes; services and callers see domain records");
}
