package io.incidentledger.console;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.console.*}: the OIDC provider, who may sign in and who is admin, and how a signed-in person is
 * linked to their chat identity, so that the roles they hold in chat apply in the console.
 *
 * @param oidc the provider (any standard OIDC issuer: Slack, Entra ID, Google, Keycloak); no issuer, no OIDC sign-in
 * @param access who may sign in and who is admin, by e-mail, by domain or by a groups claim; empty lets nobody in
 * @param chatIdClaim a claim holding the chat user id (Sign in with Slack: {@code https://slack.com/user_id})
 * @param chatIds e-mail to chat user id, for providers without such a claim; otherwise the e-mail itself is the id
 * @param devSignIn the local profile's sign-in without a provider, answered only on 127.0.0.1
 * @param devChatId the chat user id the development sign-in acts as
 */
@ConfigurationProperties("ledger.console")
public record ConsoleProperties(@DefaultValue Oidc oidc, @DefaultValue Access access, String chatIdClaim,
                                @DefaultValue Map<String, String> chatIds, @DefaultValue("false") boolean devSignIn,
                                @DefaultValue("U0LOCAL") String devChatId) {

    public record Oidc(String issuerUri, String clientId, String clientSecret,
                       @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    public record Access(@DefaultValue List<String> emails, @DefaultValue List<String> domains,
                         @DefaultValue List<String> groups, @DefaultValue List<String> adminEmails,
                         @DefaultValue List<String> adminDomains, @DefaultValue List<String> adminGroups,
                         @DefaultValue("groups") String groupsClaim) {
    }
}
