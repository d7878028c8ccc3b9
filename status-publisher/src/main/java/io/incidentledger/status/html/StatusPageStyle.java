package io.incidentledger.status.html;

/** Inline CSS: the page must render from a file share with no other assets. Colours meet WCAG AA contrast. */
final class StatusPageStyle {

    static final String CSS = """
            body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fafafa}
            header.status{padding:1.5rem 1rem;color:#fff}
            header.status h1{margin:0;font-size:1.5rem}
            header.status a{color:#fff}
            .operational{background:#1e7b34}
            .outage{background:#b3261e}
            main{max-width:48rem;margin:0 auto;padding:1rem}
            .incident{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;margin-bottom:1rem}
            .incident h2{margin:0 0 .25rem}
            .label{margin:0;color:#555;text-transform:capitalize}
            .updates{list-style:none;padding:0}
            .updates li{border-top:1px solid #eee;padding:.5rem 0}
            time{display:block;color:#555;font-size:.875rem}
            """;

    private StatusPageStyle() {
    }
}
