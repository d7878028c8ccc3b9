package io.incidentledger.status;

import io.incidentledger.projections.status.ViewNotReady;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/**
 * The live status documents written straight from their last rendering, before every other filter: in an outage
 * readers ask for the same bytes thousands of times a second, and the MVC path (observation, dispatch, argument
 * resolution, message conversion) costs far more than the copy. It answers only what it can answer exactly as
 * {@link StatusPageController} does, with the same headers ({@link LiveHeaders}): a GET or HEAD of one exact path,
 * without query, body or Content-Type, and at most one entity tag in If-None-Match. Everything else, including
 * {@code ?at=}, If-Modified-Since and a page not rendered yet, goes on down the chain as before.
 */
final class LiveDocumentFilter implements Filter, Ordered {

    private static final Pattern ONE_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7e]*\"");

    private final Map<String, StatusDocument> paths;
    private final LivePage live;
    private final LiveHeaders headers;

    LiveDocumentFilter(LivePage live, StatusDocuments documents) {
        this.live = live;
        this.headers = new LiveHeaders(documents.languages());
        this.paths = LiveHeaders.paths();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        StatusDocument document = paths.get(request.getRequestURI());
        String ifNoneMatch = document == null ? null : request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (document == null || !plain(request) || ifNoneMatch != null && !ONE_TAG.matcher(ifNoneMatch).matches()) {
            chain.doFilter(req, res);
            return;
        }
        RenderedPage page;
        try {
            page = live.current();
        } catch (ViewNotReady notYet) {
            chain.doFilter(req, res);
            return;
        }
        headers.write(page, document, request, ifNoneMatch, (HttpServletResponse) res);
    }

    private static boolean plain(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getQueryString() == null
                && request.getContentType() == null && request.getContentLengthLong() <= 0
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null
                && request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
