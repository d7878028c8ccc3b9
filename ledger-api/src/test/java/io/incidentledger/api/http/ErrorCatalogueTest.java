package io.incidentledger.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue is the contract: each code a client can see, its one status, and the README table that lists them. */
class ErrorCatalogueTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyCodeIsSnakeCaseAndEveryStatusAnErrorStatus() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.code()).as(code.name()).matches("[a-z]+(_[a-z]+)*");
            assertThat(code.status()).as(code.name()).isBetween(400, 599);
            assertThat(code.meaning()).as(code.name()).endsWith(".");
        }
    }

    @Test
    void theRootReadmeListsEveryCodeWithItsStatusAndMeaningInTheEnumsOrder() throws IOException {
        List<String> expected = Arrays.stream(ErrorCode.values()).map(ErrorCatalogueTest::row).toList();

        assertThat(readmeRows()).as("README.md's table of error codes; it should read:%n%s", String.join("\n", expected))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aRefusalCarriesItsCodeItsSentenceAndItsWait() {
        var busy = new ApiException(ErrorCode.BUSY, "The intake is full.", Duration.ofSeconds(5), null);

        assertThat(busy.body()).isEqualTo(new ApiError("busy", "The intake is full."));
        assertThat(busy.retryAfter()).contains(Duration.ofSeconds(5));
        assertThat(new ApiException(ErrorCode.NOT_FOUND, "No such incident.").retryAfter()).isEmpty();
    }

    private static String row(ErrorCode code) {
        return "| `" + code.code() + "` | " + code.status() + " | " + code.meaning() + " |";
    }

    // the rows of the table under "## Errors", up to the next heading
    private static List<String> readmeRows() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf("## Errors");
        assertThat(start).as("README.md has a section '## Errors'").isNotNegative();
        return lines.subList(start + 1, lines.size()).stream().takeWhile(line -> !line.startsWith("## "))
                .filter(line -> line.startsWith("| `")).toList();
    }
}
