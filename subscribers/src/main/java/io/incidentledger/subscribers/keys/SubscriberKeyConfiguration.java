package io.incidentledger.subscribers.keys;

import io.incidentledger.subscribers.SubscribersProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The subscribers key: {@code subscribers.secret-key}, else the key file (the {@code local} profile generates it,
 * owner-only). Without either, subscriptions are off: an unsigned manage link would let anyone unsubscribe anyone.
 */
@Configuration(proxyBeanMethods = false)
class SubscriberKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SubscriberKeyConfiguration.class);

    @Bean
    SubscriberKey subscriberKey(SubscribersProperties properties) throws IOException {
        if (properties.secretKey() != null && !properties.secretKey().isBlank()) {
            return new SubscriberKey(Optional.of(new SubscriberSecrets(properties.secretKey().getBytes(StandardCharsets.UTF_8))));
        }
        var file = properties.secretKeyFile();
        if (file != null && !file.toString().isBlank()) {
            if (!Files.exists(file) && properties.generateKey()) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, SubscriberSecrets.newToken() + SubscriberSecrets.newToken());
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                log.info("Generated the subscribers key in {}", file);
            }
            if (Files.exists(file)) {
                return new SubscriberKey(Optional.of(new SubscriberSecrets(Files.readString(file).strip()
                        .getBytes(StandardCharsets.UTF_8))));
            }
        }
        if (properties.enabled()) {
            log.warn("Status page subscriptions are off: set SUBSCRIBERS_SECRET_KEY to sign their manage links");
        }
        return new SubscriberKey(Optional.empty());
    }
}
