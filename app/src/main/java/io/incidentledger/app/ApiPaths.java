package io.incidentledger.app;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path as Spring MVC routes it: decoded, without {@code ;params}, with repeated slashes merged. Access checks
 * must look at this path, never at the raw URI, or {@code /api/%61dmin} would slip past them to the admin API.
 */
final class ApiPaths {

    private static final UrlPathHelper ROUTING = new UrlPathHelper();

    private ApiPaths() {
    }

    static String of(HttpServletRequest request) {
        return ROUTING.getLookupPathForRequest(request).replaceAll("/{2,}", "/");
    }
}
