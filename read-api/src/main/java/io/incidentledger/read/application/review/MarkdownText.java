package io.incidentledger.read.application.review;

/**
 * Chat text made safe for Markdown that people paste into a wiki: HTML is escaped, so a {@code <script>} stays
 * text, and brackets are escaped, so {@code [click](javascript:…)} and {@code ![](https://tracker)} stay text too.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    /** For a table cell or a list item: one line, pipes escaped, line breaks as {@code <br>}. */
    static String inline(String text) {
        return block(text).replace("|", "\\|").replace("\n", "<br>");
    }

    /** For a paragraph of its own: line breaks kept. */
    static String block(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("[", "\\[").replace("]", "\\]").replace("\r", "");
    }
}
