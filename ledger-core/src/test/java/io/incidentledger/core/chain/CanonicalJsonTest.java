package io.incidentledger.core.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return new String(CanonicalJson.bytes(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8))), StandardCharsets.UTF_8);
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsWithoutWhitespaceAtEveryDepth() {
        assertThat(canonical("{ \"b\" : [ 1, {\"z\":null, \"a\":true} ], \"a\":\"x\", \"\\u20ac\":1, \"\\ud83d\\ude00\":2, \"\\u00e9\":3 }"))
                .isEqualTo("{\"a\":\"x\",\"b\":[1,{\"a\":true,\"z\":null}],\"é\":3,\"€\":1,\"\ud83d\ude00\":2}");
    }

    @Test
    void stringsKeepOnlyTheEscapesJsonRequires() {
        assertThat(canonical("{\"t\":\"\\u0041\\/\\\"\\\\\\n\\t\\u0001\\u00e9\"}")).isEqualTo("{\"t\":\"A/\\\"\\\\\\n\\t\\u0001é\"}");
    }

    @Test
    void integersAreExactAndFractionsPlain() {
        assertThat(canonical("[9007199254740993, -0, 1.50, 1E2, 0.0]")).isEqualTo("[9007199254740993,0,1.5,100,0]");
    }

    @Test
    void theSameObjectWrittenTwoWaysHasOneForm() {
        assertThat(canonical("{\"a\":1,\"b\":{\"c\":\"d\"}}")).isEqualTo(canonical("{\n  \"b\": {\"c\": \"d\"},\n  \"a\": 1\n}"));
    }
}
