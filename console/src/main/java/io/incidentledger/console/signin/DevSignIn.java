package io.incidentledger.console.signin;

import io.incidentledger.console.ConsoleProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The local profile's sign-in without a provider, so the README's first command shows the console. It answers only
 * a browser on this very machine, and acts as {@code ledger.console.dev-chat-id} (the local profile's chat admin).
 */
@Controller
class DevSignIn {

    static final String PATH = "/console/dev-sign-in";

    private final ConsoleProperties properties;
    private final SecurityContextRepository contexts;

    DevSignIn(ConsoleProperties properties, SecurityContextRepository contexts) {
        this.properties = properties;
        this.contexts = contexts;
    }

    @PostMapping(PATH)
    String signIn(HttpServletRequest request, HttpServletResponse response) {
        if (!properties.devSignIn() || !fromThisMachine(request)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The development sign-in is off here.");
        }
        var person = new ConsolePerson("dev@localhost", "Local developer", properties.devChatId(), true);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(person, null,
                ConsoleRoles.of(Optional.of(person)));
        // a new session id on sign-in, as the OIDC sign-in gets from Spring Security: no session fixation
        request.getSession(true);
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/console";
    }

    static boolean fromThisMachine(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
