package se.hoglandet.platform.identity.local;

import java.util.Set;
import org.springframework.modulith.NamedInterface;
import se.hoglandet.platform.shared.Role;

/** A demo account as the login page lists it. */
@NamedInterface("login")
public record DemoAccount(String username, String displayName, String organisationCode, Set<Role> roles) {}
