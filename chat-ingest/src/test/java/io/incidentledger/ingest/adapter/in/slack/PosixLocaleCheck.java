package io.incidentledger.ingest.adapter.in.slack;

import static io.incidentledger.ingest.adapter.in.slack.SlackBoltDriver.NON_ASCII;
import static io.incidentledger.ingest.adapter.in.slack.SlackBoltDriver.SECRET;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Run in a child JVM by {@link SlackSignatureUnderPosixLocaleTest}. Args: event id, timestamp and the signature
 * the parent computed over the UTF-8 body. Prints one {@code key=value} per line; non-ASCII only as hex, since
 * this JVM's stdout cannot carry it.
 */
public final class PosixLocaleCheck {

    private PosixLocaleCheck() {
    }

    public static void main(String[] args) throws Exception {
        byte[] body = SlackBoltDriver.messageEvent(args[0], NON_ASCII);
        long timestamp = Long.parseLong(args[1]);
        String signature = args[2];
        String decoded = new String(body, StandardCharsets.UTF_8);
        long now = System.currentTimeMillis();
        boolean bolt = new SlackSignature.Verifier(new SlackSignature.Generator(SECRET))
                .isValid(args[1], decoded, signature, now);
        var slack = new SlackBoltDriver();
        int status = slack.post(body, timestamp, signature);
        String text = slack.recordedText();
        System.out.println("charset=" + Charset.defaultCharset().name());
        System.out.println("bolt=" + bolt);
        System.out.println("ours=" + new SlackRequestSignature(SECRET).isValid(args[1], decoded, signature, now));
        System.out.println("status=" + status);
        System.out.println("text=" + (text == null ? "" : HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8))));
    }
}
