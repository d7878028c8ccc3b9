package io.incidentledger.status.html;

/** Inline CSS: the page must render from a file share with no other assets. Colours meet WCAG AA contrast. */
final class StatusPageStyle {

    static final String CSS = """
            body{margin:0;font:16px/1.5 system-ui,sans-serif;overflow-wrap:anywhere;color:#1a1a1a;background:#fafafa}
            header.status{padding:1.5rem 1rem;color:#fff}
            header.status h1{margin:0;font-size:1.5rem}
            header.status ul{margin:.5rem 0 0;padding-left:1.25rem}
            header.status a{color:#fff}
            .identity{margin:-1.5rem -1rem 1rem;padding:.5rem 1rem;background:#fff;color:#1a1a1a;border-bottom:1px solid #ddd}
            .identity a,header.status .identity a{display:inline-flex;align-items:center;gap:.5rem;color:#1a1a1a;text-decoration:none}
            .identity img{height:2rem;width:auto}
            .page-name{font-weight:600}
            .operational{background:#1e7b34}
            .degraded{background:#9a4a00}
            .outage{background:#b3261e}
            .historical{margin:0;padding:.75rem 1rem;background:#fff3cd;color:#3d2c00;border-bottom:2px solid #9a4a00}
            .historical time{display:inline;color:inherit;font-size:inherit;font-weight:600}
            main{max-width:48rem;margin:0 auto;padding:1rem}
            section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;margin-bottom:1rem}
            section h2{margin:0 0 .5rem;font-size:1.25rem}
            .components ul,.past ul,.updates{list-style:none;padding:0;margin:0}
            .components li{display:flex;justify-content:space-between;border-top:1px solid #eee;padding:.4rem 0}
            .component-status{font-weight:600}
            li.operational .component-status{color:#1e7b34}
            li.degraded_performance .component-status,li.under_maintenance .component-status{color:#9a4a00}
            li.partial_outage .component-status,li.major_outage .component-status{color:#b3261e}
            li.component{background:none}
            .label,.affected{margin:0;color:#555}
            .updates li,.past li{border-top:1px solid #eee;padding:.5rem 0}
            time{display:block;color:#555;font-size:.875rem}
            a{color:#0b57d0}
            footer{max-width:48rem;margin:0 auto;padding:0 1rem 1rem;font-size:.875rem}
            footer a{display:inline-block;padding:.25rem 0}
            .setup-hint{color:#555}
            """;

    /** A green dot as a data URI, percent-encoded, so the icon needs no request either. */
    static final String ICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E"
            + "%3Ccircle cx='8' cy='8' r='7' fill='%231e7b34'/%3E%3C/svg%3E";

    private StatusPageStyle() {
    }
}
