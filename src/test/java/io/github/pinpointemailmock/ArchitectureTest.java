package io.github.pinpointemailmock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package structure the code must keep as it grows: packages free of cycles, features apart from the request
 * pipeline and the control plane, the store and the error model free of features, and every controller talking
 * to its own feature's service only.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.pinpointemailmock";
    private static final String[] FEATURES = {
            ROOT + ".account..", ROOT + ".configurationset..", ROOT + ".dedicatedippool..", ROOT + ".identity..",
            ROOT + ".mailbox..", ROOT + ".sending..", ROOT + ".suppression..", ROOT + ".tag.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void featuresNeverDependOnThePipelineTheAuthenticatorOrTheControlPlane() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".web..", ROOT + ".auth..", ROOT + ".controlplane..")
                .check(CLASSES);
    }

    @Test
    void theStoreAndTheErrorModelDependOnNoFeature() {
        noClasses().that().resideInAnyPackage(ROOT + ".store..", ROOT + ".error..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(CLASSES);
    }

    @Test
    void theErrorModelDoesNotDependOnThePipeline() {
        noClasses().that().resideInAPackage(ROOT + ".error..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".web..")
                .check(CLASSES);
    }

    @Test
    void aControllerCallsOnlyItsOwnFeaturesService() {
        classes().that().areAnnotatedWith(RestController.class)
                .should(useServicesOfTheirOwnPackageOnly())
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> useServicesOfTheirOwnPackageOnly() {
        return new ArchCondition<>("use services of their own package only") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (Dependency dependency : controller.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getSimpleName().endsWith("Service")
                            && !target.getPackageName().equals(controller.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
