package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The API document's license is the one the repository ships: the Apache License 2.0 at its root. */
class OpenApiLicenseTest {

    @Test
    void theDocumentNamesTheApacheLicenseThatTheRepositoryShipsAtItsRoot() throws Exception {
        String text = Files.readString(Path.of("..", "LICENSE"));
        var license = OpenApiConfiguration.license();

        assertThat(text).contains("Apache License", "Version 2.0, January 2004",
                "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "END OF TERMS AND CONDITIONS");
        // SPDX's id for exactly that text; OpenAPI 3.1 allows an identifier or a url, and the identifier is stricter
        assertThat(license.getIdentifier()).isEqualTo("Apache-2.0");
        assertThat(license.getName()).isEqualTo("Apache License 2.0");
        assertThat(license.getUrl()).isNull();
    }
}
