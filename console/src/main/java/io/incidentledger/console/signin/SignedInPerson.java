package io.incidentledger.console.signin;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** An OIDC sign-in with the console's own view of the person beside the provider's claims. */
class SignedInPerson extends DefaultOidcUser {

    private final ConsolePerson person;

    SignedInPerson(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                   ConsolePerson person) {
        super(authorities, idToken, userInfo, "sub");
        this.person = person;
    }

    ConsolePerson person() {
        return person;
    }
}
