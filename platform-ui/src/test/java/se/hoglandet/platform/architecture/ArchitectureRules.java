package se.hoglandet.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchRule;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * The module rules of ARCHITECTURE.md as ArchUnit rules. Packages tell the modules apart: views live in
 * {@code ..ui..} packages (platform-ui), {@code se.hoglandet.platform.identity..} is identity,
 * {@code se.hoglandet.platform.search..} (outside {@code ui}) is search, everything else is the core.
 * Maven's compile scopes already stop core from seeing the other modules; these rules catch what scopes cannot.
 */
final class ArchitectureRules {

    private ArchitectureRules() {}

    static final String UI = "se.hoglandet.platform..ui..";
    static final String IDENTITY = "se.hoglandet.platform.identity..";
    static final String SEARCH = "se.hoglandet.platform.search..";
    static final String UI_SECURITY = "se.hoglandet.platform.ui.security..";
    static final String SHELL = "se.hoglandet.platform.ui..";

    static final ArchRule VAADIN_ONLY_IN_THE_UI = noClasses()
            .that()
            .resideOutsideOfPackages(UI)
            .and()
            .resideInAPackage("se.hoglandet..")
            .and()
            .doNotHaveFullyQualifiedName("se.hoglandet.platform.PlatformApplication")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..")
            .as("Vaadin types are used only in platform-ui (..ui.. packages)");

    static final ArchRule SEARCH_ENGINES_ONLY_IN_SEARCH = noClasses()
            .that()
            .resideOutsideOfPackage(SEARCH)
            .and()
            .resideInAPackage("se.hoglandet..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("co.elastic..", "org.elasticsearch..", "org.apache.lucene..")
            .as("Elasticsearch and Lucene are used only in the search module");

    static final ArchRule OAUTH2_ONLY_IN_IDENTITY_AND_UI_SECURITY = noClasses()
            .that()
            .resideOutsideOfPackages(IDENTITY, UI_SECURITY)
            .and()
            .resideInAPackage("se.hoglandet..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.security.oauth2..", "org.springframework.security.oauth2.client..")
            .as("OAuth2 types are used only in identity and the UI's security package");

    static final ArchRule CORE_DOES_NOT_KNOW_THE_EDGE_MODULES = noClasses()
            .that()
            .resideInAPackage("se.hoglandet.platform..")
            .and()
            .resideOutsideOfPackages(UI, IDENTITY, SEARCH)
            .and()
            .doNotHaveFullyQualifiedName("se.hoglandet.platform.PlatformApplication")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(UI, IDENTITY, SEARCH)
            .as("platform-core depends on no other module of ours");

    static final ArchRule VIEWS_NEVER_TOUCH_REPOSITORIES = noClasses()
            .that()
            .resideInAPackage(UI)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(org.springframework.data.repository.Repository.class)
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .as("Views go through services, never repositories");

    static final ArchRule UI_NEVER_CALLS_SYSTEM_ONLY_METHODS = noClasses()
            .that()
            .resideInAPackage(UI)
            .should()
            .callMethodWhere(DescribedPredicate.describe(
                    "the method is annotated @SystemAccess",
                    call -> call.getTarget()
                            .resolveMember()
                            .map(JavaMethod.class::cast)
                            .map(m -> m.isAnnotatedWith(SystemAccess.class))
                            .orElse(false)))
            .as("The UI never calls a service method reserved for the platform itself (@SystemAccess)");

    /** Views ({@code <capability>.ui}) are judged by the next rule; here the modules' own packages. */
    static final ArchRule NO_CYCLES_BETWEEN_CAPABILITIES = slices().matching("se.hoglandet.platform.(*)..")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage(UI), DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(UI))
            .as("No cycles between the capability and platform packages");

    static final ArchRule SHELL_DOES_NOT_KNOW_CAPABILITY_VIEWS = noClasses()
            .that()
            .resideInAPackage("se.hoglandet.platform.ui..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage(UI)
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("se.hoglandet.platform.ui.."))))
            .as("The shell (layout, login, errors) does not depend on capability views, which depend on it");

    /**
     * Every "may I…" a capability view shows comes from the service's records ({@code XDetail.may*()}, {@code
     * mayCreate()}…), computed with the rules the service enforces; a view that asked who is acting would recompute
     * them. The shell (layout, profile, login) may show who is signed in.
     */
    static final ArchRule CAPABILITY_VIEWS_DO_NOT_ASK_WHO_IS_ACTING = noClasses()
            .that()
            .resideInAPackage(UI)
            .and()
            .resideOutsideOfPackage(SHELL)
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(CurrentActor.class, Actor.class)
            .as("Capability views take their permissions from the services, never from CurrentActor");

    /** The search module maps records the capabilities describe; it imports none of them (ADR 0008). */
    static final ArchRule SEARCH_KNOWS_NO_CAPABILITY = classes()
            .that()
            .resideInAPackage(SEARCH)
            .and()
            .resideOutsideOfPackage(UI)
            .should()
            .onlyDependOnClassesThat(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("se.hoglandet.."))
                    .or(JavaClass.Predicates.resideInAnyPackage(
                            SEARCH,
                            "se.hoglandet.platform.searchable..",
                            "se.hoglandet.platform.shared..",
                            "se.hoglandet.platform.visibility..")))
            .as("The search module depends on the searchable-record port and the kernel only, never a capability");

    /** One time zone, named once ({@code SwedishTime.ZONE}): no class builds its own copy. */
    static final ArchRule ONE_TIME_ZONE = noClasses()
            .that()
            .resideInAPackage("se.hoglandet..")
            .and()
            .doNotHaveFullyQualifiedName("se.hoglandet.platform.shared.SwedishTime")
            .should()
            .callMethod(java.time.ZoneId.class, "of", String.class)
            .as("The time zone comes from SwedishTime.ZONE");
}
