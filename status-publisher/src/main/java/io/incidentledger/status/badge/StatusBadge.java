package io.incidentledger.status.badge;

import io.incidentledger.status.feed.Xml;

/**
 * A shields.io-style flat badge, "label | value", as SVG: an image with its text in {@code <title>} and
 * {@code aria-label}, so a screen reader says what a sighted reader sees. Every text is escaped.
 */
public record StatusBadge(String label, String value, String colour) {

    static final String LABEL_COLOUR = "#555";
    // Verdana 11px averages about 7px a character; textLength makes the text fit the box exactly in any font
    private static final int CHAR_WIDTH = 7;
    private static final int PADDING = 10;

    public String svg() {
        int labelWidth = width(label);
        int valueWidth = width(value);
        int total = labelWidth + valueWidth;
        String title = Xml.escape(label + ": " + value);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + total + "\" height=\"20\" role=\"img\" aria-label=\""
                + title + "\"><title>" + title + "</title>"
                + "<clipPath id=\"r\"><rect width=\"" + total + "\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
                + "<g clip-path=\"url(#r)\"><rect width=\"" + labelWidth + "\" height=\"20\" fill=\"" + LABEL_COLOUR + "\"/>"
                + "<rect x=\"" + labelWidth + "\" width=\"" + valueWidth + "\" height=\"20\" fill=\"" + colour + "\"/></g>"
                + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" "
                + "font-size=\"11\" aria-hidden=\"true\">"
                + text(labelWidth / 2, label) + text(labelWidth + valueWidth / 2, value) + "</g></svg>\n";
    }

    private static String text(int x, String text) {
        return "<text x=\"" + x + "\" y=\"14\" textLength=\"" + (width(text) - PADDING) + "\" lengthAdjust=\"spacingAndGlyphs\">"
                + Xml.escape(text) + "</text>";
    }

    static int width(String text) {
        return text.codePointCount(0, text.length()) * CHAR_WIDTH + PADDING;
    }
}
