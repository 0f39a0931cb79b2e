package se.hoglandet.platform.identity.keycloak;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import se.hoglandet.platform.person.DirectoryEntry;
import se.hoglandet.platform.person.DirectoryReader;
import se.hoglandet.platform.shared.Role;

/**
 * Reads every user of the realm through the Keycloak Admin REST API with the official admin client, as the
 * service account {@code portal-directory}: the users page by page (name, e-mail, enabled, the {@code organisation}
 * and {@code manager} attributes), then the members of each portal realm role page by page, which costs one request
 * per page and role instead of one per user. The subject is the one an OIDC login of the user carries. Any failure
 * throws, and the sync then changes nothing.
 */
public class KeycloakDirectoryReader implements DirectoryReader {

    /** The login's registration id (see the {@code keycloak} profile) and so the subjects' prefix. */
    static final String SUBJECT_PREFIX = "keycloak:";

    private final KeycloakDirectoryProperties properties;

    public KeycloakDirectoryReader(KeycloakDirectoryProperties properties) {
        this.properties = properties;
    }

    @Override
    public String subjectPrefix() {
        return SUBJECT_PREFIX;
    }

    @Override
    public List<DirectoryEntry> readAll() {
        try (Keycloak keycloak = KeycloakBuilder.builder()
                .serverUrl(properties.serverUrl())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .build()) {
            RealmResource realm = keycloak.realm(properties.realm());
            List<UserRepresentation> users = pages((first, max) -> realm.users().list(first, max));
            Map<String, Set<Role>> rolesByUserId = new HashMap<>();
            for (Map.Entry<Role, List<UserRepresentation>> members :
                    membersPerRole(realm).entrySet()) {
                for (UserRepresentation member : members.getValue()) {
                    rolesByUserId
                            .computeIfAbsent(member.getId(), id -> EnumSet.noneOf(Role.class))
                            .add(members.getKey());
                }
            }
            List<DirectoryEntry> entries = new ArrayList<>(users.size());
            for (UserRepresentation user : users) {
                if (user.getServiceAccountClientId() != null) {
                    continue;
                }
                entries.add(new DirectoryEntry(
                        SUBJECT_PREFIX + user.getId(),
                        nameOf(user),
                        user.getEmail(),
                        attribute(user, "organisation"),
                        rolesByUserId.getOrDefault(user.getId(), Set.of()),
                        attribute(user, "manager"),
                        user.getUsername(),
                        Boolean.TRUE.equals(user.isEnabled())));
            }
            return entries;
        }
    }

    private Map<Role, List<UserRepresentation>> membersPerRole(RealmResource realm) {
        Map<Role, List<UserRepresentation>> members = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            members.put(
                    role, pages((first, max) -> realm.roles().get(role.name()).getUserMembers(true, first, max)));
        }
        return members;
    }

    private List<UserRepresentation> pages(BiFunction<Integer, Integer, List<UserRepresentation>> page) {
        List<UserRepresentation> all = new ArrayList<>();
        int size = properties.pageSize();
        for (int first = 0; ; first += size) {
            List<UserRepresentation> next = page.apply(first, size);
            all.addAll(next);
            if (next.size() < size) {
                return all;
            }
        }
    }

    private static String nameOf(UserRepresentation user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? user.getUsername() : name;
    }

    private static String attribute(UserRepresentation user, String name) {
        if (user.getAttributes() == null) {
            return null;
        }
        List<String> values = user.getAttributes().get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank()
                ? null
                : values.getFirst().strip();
    }
}
