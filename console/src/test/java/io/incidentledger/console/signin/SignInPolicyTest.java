package io.incidentledger.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.console.ConsoleProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

    private final SignInPolicy policy = new SignInPolicy(new ConsoleProperties(
            new ConsoleProperties.Oidc(null, null, null, List.of("openid")),
            new ConsoleProperties.Access(List.of("eve@partner.test"), List.of("example.com"), List.of("responders"),
                    List.of("ada@example.com"), List.of(), List.of("sre-leads"), "groups"),
            null, Map.of("bob@example.com", "U0BOB"), false, "U0LOCAL"));

    @Test
    void aPersonOfAnAllowedDomainIsLinkedToTheirChatIdButIsNoAdmin() {
        assertThat(policy.person("Bob@Example.com", true, "Bob", null, List.of()))
                .contains(new ConsolePerson("bob@example.com", "Bob", "U0BOB", false));
    }

    @Test
    void anAdminByEmailOrByGroupIsAdmin() {
        assertThat(policy.person("ada@example.com", true, "Ada", null, List.of()).orElseThrow().admin()).isTrue();
        assertThat(policy.person("sam@else.test", true, "Sam", null, List.of("sre-leads")).orElseThrow().admin()).isTrue();
    }

    @Test
    void aChatIdClaimWinsOverTheMapAndTheEmailIsTheFallback() {
        assertThat(policy.person("bob@example.com", true, "Bob", "U0SLACK", List.of()).orElseThrow().chatUserId())
                .isEqualTo("U0SLACK");
        assertThat(policy.person("eve@partner.test", true, "Eve", null, List.of()).orElseThrow().chatUserId())
                .isEqualTo("eve@partner.test");
    }

    @Test
    void aStrangerAndAnUnverifiedEmailGetNothing() {
        assertThat(policy.person("mallory@elsewhere.test", true, "Mallory", null, List.of("other"))).isEmpty();
        assertThat(policy.person("ada@example.com", false, "Ada?", null, List.of())).isEmpty();
    }

    @Test
    void aLookAlikeDomainIsNotTheAllowedOne() {
        assertThat(policy.person("x@notexample.com", true, "X", null, List.of())).isEmpty();
        assertThat(policy.person("x@example.com.evil.test", true, "X", null, List.of())).isEmpty();
    }
}
