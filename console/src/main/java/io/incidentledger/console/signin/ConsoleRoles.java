package io.incidentledger.console.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The console's two roles, and the person behind any of its sign-ins. */
public final class ConsoleRoles {

    static final String USER = "CONSOLE";
    static final String ADMIN = "CONSOLE_ADMIN";

    private ConsoleRoles() {
    }

    static List<GrantedAuthority> of(Optional<ConsolePerson> person) {
        List<GrantedAuthority> roles = new ArrayList<>();
        person.ifPresent(p -> {
            roles.add(new SimpleGrantedAuthority("ROLE_" + USER));
            if (p.admin()) {
                roles.add(new SimpleGrantedAuthority("ROLE_" + ADMIN));
            }
        });
        return roles;
    }

    /** The signed-in person, or empty for a visitor who is not signed in. */
    public static Optional<ConsolePerson> person(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedInPerson oidc) {
            return Optional.of(oidc.person());
        }
        return authentication.getPrincipal() instanceof ConsolePerson dev ? Optional.of(dev) : Optional.empty();
    }
}
