package io.incidentledger.search.adapter.out.elasticsearch;

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

    /** Throws {@link IllegalArgumentException} for anything this class did not write. */
    static List<FieldValue> decode(String cursor) {
        try {
            var values = new ArrayList<FieldValue>();
            for (String part : new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n")) {
                String body = part.substring(1);
                values.add(switch (part.charAt(0)) {
                    case 'd' -> FieldValue.of(Double.parseDouble(body));
                    case 'l' -> FieldValue.of(Long.parseLong(body));
                    case 's' -> FieldValue.of(body);
                    default -> throw new IllegalArgumentException(part);
                });
            }
            return values;
        } catch (RuntimeException notOurs) {
            throw new IllegalArgumentException("'" + cursor + "' is not a cursor this API gave out; use the 'next' "
                    + "value of the previous page", notOurs);
        }
    }
}
