package io.incidentledger.console.signin;

import io.incidentledger.console.ConsoleProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one provider, discovered from its issuer on first use rather than at startup: a provider that is down
 * for a moment must not stop the ledger (and its status page) from starting.
 */
class ProviderRegistration implements ClientRegistrationRepository {

    static final String ID = "console";

    private final ConsoleProperties.Oidc oidc;
    private volatile ClientRegistration registration;

    ProviderRegistration(ConsoleProperties.Oidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        if (registration == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri()).registrationId(ID)
                            .clientId(oidc.clientId()).clientSecret(oidc.clientSecret()).scope(oidc.scopes())
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build();
                }
            }
        }
        return registration;
    }
}
