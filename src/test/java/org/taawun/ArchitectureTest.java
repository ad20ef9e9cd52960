package org.taawun;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

/**
 * The house rules that the module test does not check: entities and Spring Data repositories stay inside their
 * package (not public), and controllers work through services, never through a repository. Other packages, the web
 * layer and templates read immutable records returned by the services of the entity's package (for example
 * ProductView, RegistryEntry, OrderView, AccountView, SupportService). There is no exception.
 */
@AnalyzeClasses(packages = "org.taawun", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule entitiesAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .notBePublic()
            .because("an entity is changed only by the services of its own package");

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that()
            .areInterfaces()
            .and()
            .areAssignableTo(Repository.class)
            .should()
            .notBePublic()
            .because("a module's tables are read and written by its own services only");

    @ArchTest
    static final ArchRule controllersUseServicesNotRepositories = noClasses()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .because("controllers call a module service (access checks, transactions), never a repository");
}
