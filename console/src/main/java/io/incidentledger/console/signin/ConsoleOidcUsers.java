package io.incidentledger.console.signin;

import io.incidentledger.console.ConsoleProperties;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the provider's user as usual, then decides what the console grants: a person who is not allowed is still
 * signed in (so they see a 403 that says why, not a loop back to the provider) but holds no console role.
 */
class ConsoleOidcUsers extends OidcUserService {

    private final SignInPolicy policy;
    private final ConsoleProperties properties;

    ConsoleOidcUsers(SignInPolicy policy, ConsoleProperties properties) {
        this.policy = policy;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        Object claim = properties.chatIdClaim() == null ? null : user.getClaims().get(properties.chatIdClaim());
        Optional<ConsolePerson> person = policy.person(user.getEmail(),
                !Boolean.FALSE.equals(user.getEmailVerified()), user.getFullName(),
                claim == null ? null : claim.toString(), groups(user.getClaims().get(properties.access().groupsClaim())));
        ConsolePerson who = person.orElseGet(() -> new ConsolePerson(user.getEmail(), user.getFullName(), null, false));
        return new SignedInPerson(ConsoleRoles.of(person), user.getIdToken(), user.getUserInfo(), who);
    }

    private static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
