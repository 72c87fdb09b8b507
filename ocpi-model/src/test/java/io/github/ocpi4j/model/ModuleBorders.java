package io.github.ocpi4j.model;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * Checks that no public or protected member of a public type of a module's main classes (below {@code root},
     * outside its {@code internal} packages) names a type of an {@code internal} package: in a parameter, a return
     * type, a field, a thrown exception, a type argument, a supertype. A host sees only the public API in the
     * signatures it calls. Fails with an {@link AssertionError} naming each member and the internal type, and also when
     * there is no class at all.
     */
    public static void checkApi(String root) {
        checkApi(root, ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }

    /** As {@link #checkApi(String)}, of the classes an import option lets through, for the rule's own test. */
    static void checkApi(String root, ImportOption classes) {
        ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            JavaClasses imported = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .withImportOption(classes)
                    .importPackages(root);
            if (imported.isEmpty()) {
                throw new AssertionError("no classes below " + root);
            }
            Set<String> leaks = new TreeSet<>();
            for (JavaClass type : imported) {
                if (!exported(type)) {
                    continue;
                }
                List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
                type.getSuperclass().ifPresent(supertypes::add);
                for (JavaType supertype : supertypes) {
                    internal(supertype).ifPresent(t -> leaks.add(type.getName() + " extends " + t));
                }
                for (JavaMember member : type.getMembers()) {
                    if (!member.getModifiers().contains(JavaModifier.PUBLIC)
                            && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    List<JavaType> named = new ArrayList<>();
                    if (member instanceof JavaField field) {
                        named.add(field.getType());
                    } else if (member instanceof JavaCodeUnit code) {
                        named.add(code.getReturnType());
                        named.addAll(code.getParameterTypes());
                        code.getThrowsClause().getTypes().forEach(named::add);
                    }
                    for (JavaType t : named) {
                        internal(t).ifPresent(name -> leaks.add(member.getFullName() + " names " + name));
                    }
                }
            }
            if (!leaks.isEmpty()) {
                throw new AssertionError(
                        "public signatures below " + root + " name internal types:\n  " + String.join("\n  ", leaks));
            }
        });
    }

    /** A public type outside the internal packages, enclosed only by public types: part of the API. */
    private static boolean exported(JavaClass type) {
        if (type.getPackageName().contains(".internal") || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
        }
        return type.getEnclosingClass().map(ModuleBorders::exported).orElse(true);
    }

    private static Optional<String> internal(JavaType type) {
        return type.getAllInvolvedRawTypes().stream()
                .map(JavaClass::getName)
                .filter(name -> name.startsWith("io.github.ocpi4j.") && name.contains(".internal."))
                .findFirst();
    }
}
