package io.incidentledger.api.id;

/**
 * Text from chat made safe to keep and show: a control character other than tab and line breaks, or a Unicode
 * noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF…), becomes U+FFFD. Neither is ever meant as text, and both break the
 * readers downstream (U+FFFF is the end-of-input mark of some JSON readers, a NUL is refused by PostgreSQL's jsonb).
 */
public final class PlainText {

    private PlainText() {
    }

    public static String clean(String text) {
        if (text == null || text.codePoints().noneMatch(PlainText::unfit)) {
            return text;
        }
        var cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> cleaned.appendCodePoint(unfit(c) ? 0xFFFD : c));
        return cleaned.toString();
    }

    private static boolean unfit(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
        boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        return control || nonCharacter;
    }
}
