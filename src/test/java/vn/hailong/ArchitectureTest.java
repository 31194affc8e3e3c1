package vn.hailong;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

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

    /**
     * The allowed dependencies between features (style.md §4.2), one row per package under {@code vn.hailong}:
     * what it may use besides itself. Anything under {@code vn.hailong} it does not list is forbidden. Rows for
     * features not written yet (metrics' full engine, dossiers, sms) hold already, so the first class there obeys.
     * Later features hear about ratings and complaints through their events ({@code RatingRecorded},
     * {@code ComplaintFiled}), which is why feedback and complaints list none of them.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("web", Set.of("shared")),
            Map.entry("database", Set.of("shared")),
            Map.entry("organisation", Set.of("shared", "web")),
            Map.entry("calendar", Set.of("organisation", "shared", "web")),
            Map.entry("access", Set.of("organisation", "shared", "web")),
            Map.entry("feedback", Set.of("organisation", "calendar", "shared", "web")),
            Map.entry("complaints", Set.of("organisation", "calendar", "shared", "web")),
            Map.entry("metrics", Set.of("feedback", "complaints", "dossiers", "organisation", "calendar", "shared", "web")),
            Map.entry("dossiers", Set.of("sms", "organisation", "calendar", "shared", "web")),
            // the citizen's phone: invitations after a returned dossier, the rating link page, QR cards, SMS replies
            Map.entry("invitations", Set.of("dossiers", "sms", "feedback", "complaints", "organisation", "calendar",
                    "shared", "web")),
            Map.entry("sms", Set.of("feedback", "complaints", "organisation", "calendar", "shared", "web")),
            Map.entry("kiosk", Set.of("feedback", "complaints", "organisation", "calendar", "access", "shared", "web")),
            Map.entry("demo", Set.of("organisation", "calendar", "access", "feedback", "complaints", "kiosk", "metrics",
                    "dossiers", "sms", "invitations", "shared")));

    @Test
    void features_depend_only_on_what_the_table_of_allowed_dependencies_lists() {
        for (var row : ALLOWED.entrySet()) {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(row.getKey()) && !row.getValue().contains(other))
                    .map(other -> "vn.hailong." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("vn.hailong." + row.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because(row.getKey() + " may use only " + row.getValue() + " (style.md §4.2)")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void every_package_under_the_root_has_a_row_in_the_table() {
        Set<String> packages = new java.util.TreeSet<>();
        CLASSES.forEach(c -> {
            String name = c.getPackageName();
            if (name.startsWith("vn.hailong.")) {
                packages.add(name.substring("vn.hailong.".length()).split("\\.")[0]);
            }
        });
        org.assertj.core.api.Assertions.assertThat(ALLOWED.keySet()).containsAll(packages);
    }

    /** Where HTTP and SQL may live: web and persistence adapters, the shared web plumbing, the embedded database. */
    private static final String[] ADAPTERS = {"..web..", "..persistence..", "vn.hailong.database.."};

    /**
     * README: "Domain classes know nothing of HTTP or SQL". HTTP lives in {@code web} subpackages (and the shared
     * plumbing in {@code vn.hailong.web}), SQL, repositories and JDBC in {@code persistence} subpackages (and the
     * embedded database's bootstrap in {@code database}). No class is exempt.
     */
    @Test
    void http_and_sql_live_only_in_web_and_persistence_adapters() {
        noClasses().that().resideInAPackage("vn.hailong..").and().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "java.sql..", "javax.sql..",
                        "io.micronaut.data.jdbc..", "io.micronaut.data.repository..", "io.micronaut.data.runtime..",
                        "io.micronaut.data.connection..", "io.micronaut.data.model.query..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(io.micronaut.data.annotation.Query.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        io.micronaut.data.annotation.Repository.class.getName())
                .check(CLASSES);
    }

    /**
     * The CRUD features (organisation, calendar, access, kiosk) use their {@code @MappedEntity} records directly, as
     * style.md §4.2 allows, so their domain may carry Micronaut Data's mapping annotations (with the naming
     * strategy and {@code DataType} values these annotations hold); the organisation registries also hand the
     * directory pages Micronaut Data's {@code Page} and {@code Pageable}. Nothing else of Micronaut Data:
     * repositories and their queries are persistence adapters.
     */
    @Test
    void crud_domains_use_only_micronaut_datas_mapping_annotations_and_paging() {
        noClasses().that().resideInAnyPackage("vn.hailong.organisation..", "vn.hailong.calendar..",
                        "vn.hailong.access..", "vn.hailong.kiosk..")
                .and().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("io.micronaut.data..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain
                                .JavaClass.Predicates.resideInAnyPackage("io.micronaut.data.annotation..",
                                        "io.micronaut.data.model.naming..")))
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain
                                .JavaClass.Predicates.belongToAnyOf(io.micronaut.data.model.DataType.class,
                                        io.micronaut.data.model.Page.class, io.micronaut.data.model.Pageable.class))))
                .check(CLASSES);
    }

    /**
     * The other features keep Micronaut Data out of their domain entirely (style.md §4.2: "their domain types
     * carry no io.micronaut.* persistence imports"), mapping annotations included.
     */
    @Test
    void rule_heavy_domains_know_nothing_of_micronaut_data() {
        noClasses().that().resideInAPackage("vn.hailong..")
                .and().resideOutsideOfPackages("vn.hailong.organisation..", "vn.hailong.calendar..",
                        "vn.hailong.access..", "vn.hailong.kiosk..")
                .and().resideOutsideOfPackages(ADAPTERS)
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.data..")
                .check(CLASSES);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature_and_not_on_the_database_setup() {
        noClasses().that().resideInAPackage("vn.hailong.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.hailong.organisation..", "vn.hailong.access..", "vn.hailong.kiosk..", "vn.hailong.calendar..",
                        "vn.hailong.feedback..", "vn.hailong.complaints..", "vn.hailong.metrics..", "vn.hailong.sms..",
                        "vn.hailong.dossiers..", "vn.hailong.database..", "vn.hailong.demo..", "vn.hailong.web..")
                .check(CLASSES);
    }
}
