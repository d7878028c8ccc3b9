package io.incidentledger.core.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 8785 (JCS) for the JSON the ledger stores: object members sorted by their names' UTF-16 code units, no
 * whitespace, strings with only the escapes JSON requires, UTF-8. Numbers: integers in plain decimal (exact,
 * also past 2^53, where JCS would round); the ledger stores no fractions, and one is written as its shortest plain
 * decimal, a deviation from JCS's ECMAScript form that no stored event reaches.
 */
public final class CanonicalJson {

    private static final ObjectMapper PARSER = new ObjectMapper();

    private CanonicalJson() {
    }

    public static JsonNode parse(byte[] json) {
        try {
            return PARSER.readTree(json);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("not JSON", unreadable);
        }
    }

    public static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null); // String.compareTo orders by UTF-16 code units, as JCS asks
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",");
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            BigDecimal decimal = node.decimalValue().stripTrailingZeros();
            out.append(decimal.signum() == 0 ? "0" : decimal.toPlainString());
        } else {
            out.append(node.booleanValue());
        }
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
