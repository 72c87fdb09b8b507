package io.github.ocpi4j.model;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rule that holds ocpi4j's modules apart: a module uses another only through its public API, never through a
 * package named {@code internal}; its own {@code internal} packages are its to use. Every module has a {@code
 * ModuleBordersTest} that checks its main and test classes with {@link #check}, so that a violation fails {@code
 * mvn verify}.
 */
public final class ModuleBorders {
    private ModuleBorders() {}

    /** The rule for the module whose classes all live in {@code root} and below. */
    private static ArchRule rule(String root) {
        return noClasses()
                .should()
                .dependOnClassesThat(
                        resideInAPackage("io.github.ocpi4j..internal..").and(not(resideInAPackage(root + ".."))))
                .as("classes of " + root + " use other ocpi4j modules only through their public API")
                .because("an internal package may change in any release");
    }

    /**
     * Checks every class of a module, main and test, found in the class path's folders below {@code root} (such as
     * {@code io.github.ocpi4j.client}); fails with an {@link AssertionError} naming each class and the internal class
     * it uses, and also when there is no class at all, so that a mistyped root cannot pass.
     */
    public static void check(String root) {
        ArchConfiguration.withThreadLocalScope(configuration -> {
            // the rule needs only the names of the classes a class uses, not their contents from the class path
            configuration.setResolveMissingDependenciesFromClassPath(false);
            JavaClasses classes = new ClassFileImporter()
                    // the module's own classes are in target/classes and target/test-classes, never in a jar
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .importPackages(root);
            rule(root).check(classes);
        });
    }
}
