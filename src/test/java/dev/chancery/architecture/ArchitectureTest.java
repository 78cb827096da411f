package dev.chancery.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout shows the architecture: no package depends on itself through others. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importTheProduct() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.chancery");
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.chancery.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theModelAndTheResultValuesDependOnNothingThatReadsASession() {
        noClasses().that().resideInAnyPackage("dev.chancery.model..", "dev.chancery.result..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.chancery.engine..", "org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void droolsInternalsAreReadInOnePlace() {
        noClasses().that().haveNameNotMatching("dev\\.chancery\\.engine\\.Grounds(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools.core..", "org.drools.tms..")
                .because("engine/Grounds.java is the one adapter to Drools internals (DroolsVersionTest pins them)")
                .check(classes);
    }

    @Test
    void sparkIsUsedInOnePackage() {
        noClasses().that().resideOutsideOfPackage("dev.chancery.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
                .because("Spark is a provided dependency: the command line runs without it, and only --on loads"
                        + " package spark (cli/Main.requireSpark)")
                .check(classes);
    }

    @Test
    void theModelHoldsNoNumbersOfDiplomacy() {
        // day counts, windows and tie-breaks are the rules' (rules/windows.drl, rules/relations.drl): a model
        // record that held one would be a second place to change it
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields().that().areDeclaredInClassesThat()
                .resideInAPackage("dev.chancery.model..").and().areStatic().and().areFinal()
                .should().haveRawType(int.class).orShould().haveRawType(long.class)
                .because("numbers about diplomacy live in rules/")
                .check(classes);
    }
}
