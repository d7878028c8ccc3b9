package io.incidentledger.bench.ack;

import io.incidentledger.bench.support.SlackSigner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Reads the raw body and checks the signature as the app must, then answers an empty ack. */
@RestController
class NoOpSlackController {

    private final SlackSigner signer = new SlackSigner(System.getProperty("slack.signing-secret", "local-signing-secret"));

    @PostMapping("/slack/events")
    ResponseEntity<String> ack(@RequestBody byte[] body, @RequestHeader("X-Slack-Request-Timestamp") long timestamp,
                               @RequestHeader("X-Slack-Signature") String signature) {
        String expected = signer.sign(timestamp, new String(body, StandardCharsets.UTF_8));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.ok().header("Content-Type", "application/json").body("{}");
    }
}
