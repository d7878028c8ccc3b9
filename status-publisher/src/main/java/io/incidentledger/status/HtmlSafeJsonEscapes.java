package io.incidentledger.status;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/** Writes {@code < > & '} as {@code \u003C}…, so status JSON can never open a tag wherever it is pasted. */
final class HtmlSafeJsonEscapes extends CharacterEscapes {

    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafeJsonEscapes() {
        for (char c : "<>&'".toCharArray()) {
            escapes[c] = ESCAPE_STANDARD;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
