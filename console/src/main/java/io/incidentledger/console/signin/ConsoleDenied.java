package io.incidentledger.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** 403 with a sentence: not allowed in, admins only, or a form sent without its CSRF token. */
@Component
class ConsoleDenied implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String why = denied instanceof CsrfException
                ? "This form was sent without its security token (or from another site), so nothing was done. "
                        + "Open the page again and send it from there."
                : request.getRequestURI().startsWith("/console/admin")
                        ? "Only console admins may open this page or start a replay."
                        : "You are signed in, but this console is not open to you. Ask an admin to add your e-mail, "
                                + "domain or group to ledger.console.access.";
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not allowed"
                + "</title><link rel=\"stylesheet\" href=\"/console/assets/console.css\"></head><body><main>"
                + "<h1>Not allowed</h1><p>" + why + "</p><p><a href=\"/console\">Incidents</a> · "
                + "<a href=\"/\">Status page</a></p></main></body></html>");
    }
}
