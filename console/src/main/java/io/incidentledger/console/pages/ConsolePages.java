package io.incidentledger.console.pages;

import io.incidentledger.console.signin.ConsolePerson;
import io.incidentledger.console.signin.ConsoleRoles;
import io.incidentledger.projections.status.ViewNotReady;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** What every console page shows (who is signed in, the time helper) and how its errors read: pages, not JSON. */
@ControllerAdvice(basePackages = "io.incidentledger.console")
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ConsolePages {

    static final Times TIMES = Times.INSTANCE;

    @ModelAttribute("times")
    Times times() {
        return TIMES;
    }

    @ModelAttribute("me")
    ConsolePerson me(Authentication authentication) {
        return ConsoleRoles.person(authentication).orElse(null);
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(Exception failure, Model model) {
        model.addAttribute("heading", "That request is not one the console understands");
        model.addAttribute("message", failure instanceof IllegalArgumentException ? failure.getMessage()
                : "One of the values in the address is not of the right kind.");
        return "console/problem";
    }

    @ExceptionHandler(PageNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(PageNotFound failure, Model model) {
        model.addAttribute("heading", "Not found");
        model.addAttribute("message", failure.getMessage());
        return "console/problem";
    }

    @ExceptionHandler(ViewNotReady.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String notReady(Model model) {
        model.addAttribute("heading", "The views are still being built");
        model.addAttribute("message", "The ledger is folding its events into views; reload in a few seconds.");
        return "console/problem";
    }
}
