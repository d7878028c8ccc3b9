package io.incidentledger.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;

/** Spring Security's filter is mapped to the console's paths only; the app's other registrations are left alone. */
class SecurityFilterPathsTest {

    @Test
    void givenSpringBootsSecurityFilterRegistration_whenPostProcessed_thenItMapsOnlyTheGuardedPaths() {
        var registration = new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");

        ConsoleSecurity.securityFilterOnGuardedPathsOnly()
                .postProcessBeforeInitialization(registration, "securityFilterChainRegistration");

        assertThat(registration.getUrlPatterns()).containsExactly("/console/*", "/oauth2/*", "/login/oauth2/*");
    }

    @Test
    void givenAnotherDelegatingRegistration_whenPostProcessed_thenItKeepsItsMapping() {
        var registration = new DelegatingFilterProxyRegistrationBean("someOtherFilter");

        ConsoleSecurity.securityFilterOnGuardedPathsOnly().postProcessBeforeInitialization(registration, "someOtherFilterRegistration");

        assertThat(registration.getUrlPatterns()).isEmpty();
    }
}
