package org.taawun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of ARCHITECTURE.md hold; the module documentation is written to target/spring-modulith-docs. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(TaawunApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theExpectedModulesExistAndNoOther() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder(
                        "identity",
                        "cooperative",
                        "catalog",
                        "inventory",
                        "ordering",
                        "shop",
                        "settlement",
                        "support",
                        "notification",
                        "shared");
    }

    /** Each module says in its package-info which modules it may use; verify() holds it to that list. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            assertThat(module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class))
                    .as(name)
                    .hasValueSatisfying(declared -> assertThat(declared.allowedDependencies())
                            .as(name)
                            .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN));
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
