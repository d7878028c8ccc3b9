package io.incidentledger.console.signin;

import io.incidentledger.console.ConsoleProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: the provider's button, and on this machine in the local profile, the development sign-in. */
@Controller
class SignInPage {

    private final ConsoleProperties properties;

    SignInPage(ConsoleProperties properties) {
        this.properties = properties;
    }

    @GetMapping(ConsoleSecurity.SIGN_IN)
    String page(HttpServletRequest request, Model model) {
        model.addAttribute("provider", properties.oidc().configured());
        model.addAttribute("providerPath", "/oauth2/authorization/" + ProviderRegistration.ID);
        model.addAttribute("dev", properties.devSignIn() && DevSignIn.fromThisMachine(request));
        model.addAttribute("signedOut", request.getParameter("signed-out") != null);
        model.addAttribute("failed", request.getParameter("error") != null);
        return "console/sign-in";
    }
}
