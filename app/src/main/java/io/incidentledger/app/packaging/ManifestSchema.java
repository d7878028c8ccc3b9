package io.incidentledger.app.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A JSON schema read from a vendored file (never fetched), and what it finds wrong in a document, one line per field:
 * {@code /bots/0/botId: does not match the regex pattern ...}. The draft is the one the schema declares.
 */
public final class ManifestSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schema schema;

    private ManifestSchema(Schema schema) {
        this.schema = schema;
    }

    public static ManifestSchema read(Path file) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(file.toFile());
        String draft = String.valueOf(node.remove("$schema"));
        // Microsoft's draft-04 schemas pin manifestVersion with const, a draft-06 keyword that draft 4 ignores; nothing
        // else in them reads differently under draft 7, so they are read as draft 7 to keep that check
        SpecificationVersion version = draft.contains("draft-04") || draft.contains("draft-06") || draft.contains("draft-07")
                ? SpecificationVersion.DRAFT_7 : SpecificationVersion.DRAFT_2020_12;
        return new ManifestSchema(SchemaRegistry.withDefaultDialect(version).getSchema(node));
    }

    /** Empty when the document is valid. */
    public List<String> problems(JsonNode document) {
        return schema.validate(document).stream()
                .map(error -> locate(error.getInstanceLocation().toString()) + ": " + error.getMessage())
                .distinct().toList();
    }

    private static String locate(String location) {
        return location.startsWith("$") ? location.substring(1).replace('.', '/').replace("[", "/").replace("]", "")
                : location;
    }
}
