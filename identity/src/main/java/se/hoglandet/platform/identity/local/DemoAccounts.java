package se.hoglandet.platform.identity.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.Role;

/**
 * Demo mode only: one account per role in the federation, a municipality (Eksjö) and a company (Eksjöbostäder),
 * plus a few in another municipality (Vetlanda), all with the demo password. Seeded by application code at
 * start-up (never by a migration) and listed on the login page only in demo mode.
 */
@NamedInterface("login")
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** Organisation code → display name used in the demo people's names. */
    private static final String[][] ORGANISATIONS_WITH_EVERY_ROLE = {
        {"hoglandsforbundet", "Höglandsförbundet"}, {"eksjo", "Eksjö"}, {"eksjobostader", "Eksjöbostäder"},
    };

    /** Vetlanda: its IT manager writes the organisation's AI guideline (adopting the federation's template). */
    private static final Set<Role> VETLANDA_ROLES =
            EnumSet.of(Role.MEMBER, Role.PROJECT_LEAD, Role.ORG_ADMIN, Role.PROCUREMENT, Role.IT_MANAGER);
    /** Aneby: an employee and the procurement officer who joins joint procurements. */
    private static final Set<Role> ANEBY_ROLES = EnumSet.of(Role.MEMBER, Role.PROCUREMENT);
    /** Sävsjö reuses Eksjö's assessments: its project lead and the four roles that sign off. */
    /** Nässjö: employees who take the academy's courses, and the administrator who enrols and approves staff. */
    private static final Set<Role> NASSJO_ROLES = EnumSet.of(Role.MEMBER, Role.PROJECT_LEAD, Role.ORG_ADMIN);

    private static final Set<Role> SAVSJO_ROLES =
            EnumSet.of(Role.MEMBER, Role.PROJECT_LEAD, Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final DemoAccountProperties properties;
    private final OrganisationService organisations;

    DemoAccounts(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            DemoAccountProperties properties,
            OrganisationService organisations) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.organisations = organisations;
    }

    /** The demo accounts of one organisation, under its name as people know it (not its code). */
    public record Group(String organisationName, List<DemoAccount> accounts) {}

    /** The demo accounts as stored, grouped by organisation and ordered by the organisation's name. */
    @Transactional(readOnly = true)
    public List<Group> byOrganisation() {
        Map<String, List<DemoAccount>> byCode = list().stream()
                .collect(Collectors.groupingBy(DemoAccount::organisationCode, LinkedHashMap::new, Collectors.toList()));
        return byCode.entrySet().stream()
                .map(entry -> new Group(
                        organisations
                                .findActiveByCode(entry.getKey())
                                .map(Organisation::name)
                                .orElse(entry.getKey()),
                        entry.getValue()))
                .sorted(Comparator.comparing(Group::organisationName))
                .toList();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // One hash for all: BCrypt is slow on purpose, and every demo account shares the password anyway.
        String hash = null;
        int added = 0;
        for (DemoAccount account : planned()) {
            if (accounts.existsByUsername(account.username())) {
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(properties.password());
            }
            Set<Role> roles = EnumSet.of(Role.MEMBER);
            roles.addAll(account.roles());
            accounts.save(new UserAccount(
                    account.username(),
                    hash,
                    account.displayName(),
                    account.username() + "@demo.invalid",
                    account.organisationCode(),
                    roles,
                    true));
            added++;
        }
        if (added > 0) {
            log.info("Demo mode: added {} demo accounts", added);
        }
    }

    /** The demo accounts as stored, for the login page. */
    @Transactional(readOnly = true)
    public List<DemoAccount> list() {
        return accounts.findByDemoTrueOrderByOrganisationCodeAscUsernameAsc().stream()
                .map(a -> new DemoAccount(a.username(), a.displayName(), a.organisationCode(), a.roles()))
                .toList();
    }

    static List<DemoAccount> planned() {
        List<DemoAccount> planned = new ArrayList<>();
        for (String[] organisation : ORGANISATIONS_WITH_EVERY_ROLE) {
            for (Role role : Role.values()) {
                planned.add(account(organisation[0], organisation[1], role));
            }
        }
        for (Role role : VETLANDA_ROLES) {
            planned.add(account("vetlanda", "Vetlanda", role));
        }
        for (Role role : ANEBY_ROLES) {
            planned.add(account("aneby", "Aneby", role));
        }
        for (Role role : NASSJO_ROLES) {
            planned.add(account("nassjo", "Nässjö", role));
        }
        for (Role role : SAVSJO_ROLES) {
            planned.add(account("savsjo", "Sävsjö", role));
        }
        return planned;
    }

    private static DemoAccount account(String code, String organisationName, Role role) {
        String roleSlug = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new DemoAccount(code + "." + roleSlug, "Demo " + organisationName + " " + roleSlug, code, Set.of(role));
    }
}
