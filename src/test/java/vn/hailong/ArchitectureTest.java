package vn.hailong;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house rules of style.md §4.2 and §4.8, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hailong");

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("vn.hailong.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }

    /**
     * product.md §4.2: kiosk tokens may only submit ratings and complaints and read kiosk config, so no endpoint
     * lets in "anyone authenticated"; every one lists its roles. Pages are for staff users, so no page lists the
     * token-only roles KIOSK and INTEGRATION.
     */
    @Test
    void every_secured_endpoint_lists_its_roles_and_pages_admit_no_machine_roles() {
        for (var javaClass : CLASSES) {
            var controller = javaClass.tryGetAnnotationOfType(io.micronaut.http.annotation.Controller.class);
            if (controller.isEmpty()) {
                continue;
            }
            String path = controller.get().value();
            boolean page = !path.startsWith("/api") && !path.startsWith("/sms");
            java.util.List<io.micronaut.security.annotation.Secured> rules = new java.util.ArrayList<>();
            javaClass.tryGetAnnotationOfType(io.micronaut.security.annotation.Secured.class).ifPresent(rules::add);
            javaClass.getMethods().forEach(m -> m.tryGetAnnotationOfType(
                    io.micronaut.security.annotation.Secured.class).ifPresent(rules::add));
            for (var rule : rules) {
                for (String role : rule.value()) {
                    org.assertj.core.api.Assertions.assertThat(role).as(javaClass.getName()
                                    + " must list its roles instead of admitting any authenticated caller")
                            .isNotEqualTo(io.micronaut.security.rules.SecurityRule.IS_AUTHENTICATED)
                            .doesNotContainIgnoringCase("isAuthenticated");
                    if (page) {
                        org.assertj.core.api.Assertions.assertThat(role).as(javaClass.getName()
                                + " is a page, for staff users only").isNotIn("KIOSK", "INTEGRATION");
                    }
                }
            }
        }
    }

    @Test
    void every_page_controller_that_accepts_forms_checks_the_csrf_token() {
        for (var javaClass : CLASSES) {
            var controller = javaClass.tryGetAnnotationOfType(io.micronaut.http.annotation.Controller.class);
            if (controller.isEmpty()) {
                continue;
            }
            String path = controller.get().value();
            if (path.startsWith("/api") || path.startsWith("/sms")) {
                continue;
            }
            boolean acceptsForms = javaClass.getMethods().stream().anyMatch(m ->
                    m.isAnnotatedWith(io.micronaut.http.annotation.Post.class)
                            || m.isAnnotatedWith(io.micronaut.http.annotation.Put.class)
                            || m.isAnnotatedWith(io.micronaut.http.annotation.Delete.class)
                            || m.isAnnotatedWith(io.micronaut.http.annotation.Patch.class));
            if (acceptsForms) {
                org.assertj.core.api.Assertions.assertThat(
                                javaClass.isAnnotatedWith(vn.hailong.web.csrf.CsrfProtected.class))
                        .as(javaClass.getName() + " accepts forms, so it must be @CsrfProtected").isTrue();
            }
        }
    }

    @Test
    void time_comes_from_the_injected_clock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time is injected as a java.time.Clock so that tests can fix it")
                .check(CLASSES);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature() {
        noClasses().that().resideInAPackage("vn.hailong.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.hailong.organisation..", "vn.hailong.access..", "vn.hailong.kiosk..",
                        "vn.hailong.feedback..", "vn.hailong.complaints..", "vn.hailong.metrics..", "vn.hailong.sms..")
                .check(CLASSES);
    }

    @Test
    void the_directory_does_not_know_the_features_built_on_it() {
        noClasses().that().resideInAPackage("vn.hailong.organisation..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.hailong.access..", "vn.hailong.kiosk..", "vn.hailong.feedback..",
                        "vn.hailong.complaints..", "vn.hailong.metrics..", "vn.hailong.sms..", "vn.hailong.demo..")
                .check(CLASSES);
    }

    @Test
    void domain_code_knows_nothing_of_http() {
        noClasses().that().resideInAnyPackage("vn.hailong..")
                .and().resideOutsideOfPackages("..web..", "..api..", "vn.hailong.web..", "vn.hailong.access..",
                        "vn.hailong.database..", "vn.hailong")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.http..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
