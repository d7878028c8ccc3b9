package io.incidentledger.ingest.adapter.in.slack;

import static io.incidentledger.ingest.adapter.in.slack.SlackBoltDriver.NON_ASCII;
import static io.incidentledger.ingest.adapter.in.slack.SlackBoltDriver.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JVM's default charset must not matter: a JVM started as a server under a plain POSIX locale
 * (ASCII) verifies and reads a non-ASCII Slack message exactly as Slack signed it. Bolt's own verifier is run
 * beside ours to show the locale really is ASCII there, since it then refuses the same request.
 */
class SlackSignatureUnderPosixLocaleTest {

    @Test
    void aNonAsciiMessageIsVerifiedAndReadIntactInAJvmWhoseDefaultCharsetIsAscii() throws Exception {
        String eventId = "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        long timestamp = System.currentTimeMillis() / 1000;
        String signature = SlackBoltDriver.sign(SECRET, timestamp, SlackBoltDriver.messageEvent(eventId, NON_ASCII));

        Map<String, String> child = runUnderPosix(eventId, Long.toString(timestamp), signature);

        assertThat(child).containsEntry("charset", "US-ASCII").containsEntry("bolt", "false");
        assertThat(child).containsEntry("ours", "true").containsEntry("status", "200")
                .containsEntry("text", HexFormat.of().formatHex(NON_ASCII.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> runUnderPosix(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(List.of(java, "-Dfile.encoding=ANSI_X3.4-1968",
                "-Dsun.jnu.encoding=ANSI_X3.4-1968", "-cp", System.getProperty("java.class.path"),
                PosixLocaleCheck.class.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.startsWith("JAVA_TOOL"));
        builder.environment().putAll(Map.of("LANG", "C", "LC_ALL", "POSIX"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> values = new LinkedHashMap<>();
        output.lines().filter(line -> line.matches("(charset|bolt|ours|status|text)=.*"))
                .forEach(line -> values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return values;
    }
}
