package org.steward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@AnalyzeClasses(packages = "org.steward", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Production classes only, whatever the build directory is called (ArchUnit's own option expects target/). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule domain_does_not_depend_on_views_or_controllers = noClasses()
            .that().resideOutsideOfPackages("..ui..", "..api..")
            .and().haveSimpleNameNotEndingWith("Configuration")
            .should().dependOnClassesThat().resideInAnyPackage("org.steward..ui..", "org.steward..api..");

    @ArchTest
    static final ArchRule views_and_controllers_never_use_repositories = noClasses()
            .that().resideInAnyPackage("..ui..", "..api..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule repositories_are_used_only_by_transactional_services_of_their_feature = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule entities_stay_inside_their_feature = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule application_services_are_transactional = classes()
            .that().areAnnotatedWith(Service.class)
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule no_field_injection = noFields()
            .should().beAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule seeding_services_are_only_called_at_start_up = noClasses()
            .that().resideOutsideOfPackages("org.steward.demo", "org.steward.identity", "org.steward.register")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Seeding")
            .orShould().dependOnClassesThat().haveSimpleName("UserProvisioning")
            .orShould().dependOnClassesThat().haveSimpleName("RunAs");

    /** Status changes go through the approval workflow: nothing else may move a version's status. */
    @ArchTest
    static final ArchRule only_the_approval_workflow_moves_version_status = noClasses()
            .that().resideOutsideOfPackages("org.steward.approval", "org.steward.register")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.steward.register.VersionStatus");

    @ArchTest
    static final ArchRule no_cycles_between_features = slices()
            .matching("org.steward.(*)..")
            .should().beFreeOfCycles();
}
