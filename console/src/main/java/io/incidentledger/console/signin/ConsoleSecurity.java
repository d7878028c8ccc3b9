package io.incidentledger.console.signin;

import io.incidentledger.console.ConsoleProperties;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Spring Security guards the console only: its chain matches /console and the OIDC callbacks, so every other path
 * (the API-token filters of /api, Slack, Teams, the status page) passes through exactly as before.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ConsoleSecurity {

    static final String SIGN_IN = "/console/sign-in";
    /** Where the console's chain applies: its pages and the OIDC flow's two paths. */
    static final List<String> GUARDED = List.of("/console", "/oauth2", "/login/oauth2");

    /**
     * Spring Security's filter is registered for the guarded paths only. Registered for every path (Spring Boot's
     * default), it looked up each request's Spring MVC handler (its introspector's cache) before every Slack event and
     * status page read, a fourteenth of a chat message's request thread, only to find no chain for it. Servlet
     * mappings and the chain's matcher cover the same paths ({@code /console/*} also maps {@code /console}).
     */
    @Bean
    static BeanPostProcessor securityFilterOnGuardedPathsOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && "securityFilterChainRegistration".equals(name)) {
                    registration.setUrlPatterns(GUARDED.stream().map(path -> path + "/*").toList());
                }
                return bean;
            }
        };
    }

    @Bean
    SecurityContextRepository consoleSecurityContexts() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain consoleChain(HttpSecurity http, ConsoleProperties properties, SignInPolicy policy,
                                     SecurityContextRepository contexts, ConsoleDenied denied) throws Exception {
        http.securityMatcher(GUARDED.stream().map(path -> path + "/**").toArray(String[]::new))
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers(SIGN_IN, DevSignIn.PATH, "/console/assets/**").permitAll()
                        .requestMatchers("/console/admin/**").hasRole(ConsoleRoles.ADMIN)
                        .anyRequest().hasRole(ConsoleRoles.USER))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
                        .accessDeniedHandler(denied))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutUrl("/console/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
                                + "frame-ancestors 'none'; base-uri 'none'"))
                        .frameOptions(frames -> frames.deny()));
        if (properties.oidc().configured()) {
            http.oauth2Login(login -> login.loginPage(SIGN_IN)
                    .clientRegistrationRepository(new ProviderRegistration(properties.oidc()))
                    .userInfoEndpoint(users -> users.oidcUserService(new ConsoleOidcUsers(policy, properties)))
                    .defaultSuccessUrl("/console", false));
        }
        return http.build();
    }
}
