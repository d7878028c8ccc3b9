package io.incidentledger.console.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.console.ConsoleProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.server.ResponseStatusException;

/** The local profile's sign-in answers a browser on this machine only; ConsoleIT signs in with it for real. */
class DevSignInTest {

    private static DevSignIn devSignIn(boolean on) {
        return new DevSignIn(new ConsoleProperties(new ConsoleProperties.Oidc(null, null, null, List.of("openid")),
                new ConsoleProperties.Access(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "groups"),
                null, Map.of(), on, "U0LOCAL"), new HttpSessionSecurityContextRepository());
    }

    private static MockHttpServletRequest post(String remoteAddress) {
        var request = new MockHttpServletRequest("POST", DevSignIn.PATH);
        request.setRemoteAddr(remoteAddress);
        return request;
    }

    @Test
    void aRequestFromAnotherMachineIsRefusedWith403AndSignsNobodyIn() {
        var request = post("203.0.113.7");
        // a forwarded-for header is the caller's word, not where the request came from
        request.addHeader("X-Forwarded-For", "127.0.0.1");
        assertThatThrownBy(() -> devSignIn(true).signIn(request, new MockHttpServletResponse()))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        refused -> assertThat(refused.getStatusCode().value()).isEqualTo(403));
        assertThat(request.getSession(false)).isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void withTheDevelopmentSignInOffEvenThisMachineIsRefused() {
        var request = post("127.0.0.1");
        assertThatThrownBy(() -> devSignIn(false).signIn(request, new MockHttpServletResponse()))
                .isInstanceOf(ResponseStatusException.class);
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void aRequestFromLoopbackSignsInAsTheLocalChatAdminInANewSession() {
        for (String loopback : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
            var request = post(loopback);
            assertThat(devSignIn(true).signIn(request, new MockHttpServletResponse())).isEqualTo("redirect:/console");
            var context = (SecurityContext) request.getSession(false)
                    .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            assertThat(context.getAuthentication().getPrincipal())
                    .isEqualTo(new ConsolePerson("dev@localhost", "Local developer", "U0LOCAL", true));
            SecurityContextHolder.clearContext();
        }
    }
}
