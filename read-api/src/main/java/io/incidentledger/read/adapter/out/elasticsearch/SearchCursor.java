package io.incidentledger.read.adapter.out.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The {@code search_after} sort values of a page's last hit, as an opaque URL-safe string. */
final class SearchCursor {

    private SearchCursor() {
    }

    static String encode(List<FieldValue> sortValues) {
        var parts = new ArrayList<String>();
        for (FieldValue value : sortValues) {
            parts.add(value.isDouble() ? "d" + value.doubleValue()
                    : value.isLong() ? "l" + value.longValue() : "s" + value.stringValue());
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Throws {@link IllegalArgumentException} for anything this class did not write for this sort: {@code kinds}
     * holds one letter per sort value ({@code d}ouble, {@code l}ong, {@code s}tring), so a cursor of another sort
     * never reaches Elasticsearch, which would refuse it with a 400 of its own.
     */
    static List<FieldValue> decode(String cursor, String kinds) {
        try {
            var values = new ArrayList<FieldValue>();
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != kinds.length()) {
                throw new IllegalArgumentException(parts.length + " sort values");
            }
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                String body = part.substring(1);
                if (part.charAt(0) != kinds.charAt(i)) {
                    throw new IllegalArgumentException(part);
                }
                values.add(switch (part.charAt(0)) {
                    case 'd' -> FieldValue.of(finite(Double.parseDouble(body)));
                    case 'l' -> FieldValue.of(Long.parseLong(body));
                    case 's' -> FieldValue.of(body);
                    default -> throw new IllegalArgumentException(part);
                });
            }
            return values;
        } catch (RuntimeException notOurs) {
            throw new IllegalArgumentException("'" + cursor + "' is not a cursor this API gave out for this sort; use "
                    + "the 'next' value of the previous page, with the same q and sort", notOurs);
        }
    }

    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(Double.toString(value));
        }
        return value;
    }
}
