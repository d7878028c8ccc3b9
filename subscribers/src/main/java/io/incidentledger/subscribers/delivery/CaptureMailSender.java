package io.incidentledger.subscribers.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The {@code local} profile's mail server: each message becomes an .eml file, which any mail client opens. */
class CaptureMailSender extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(CaptureMailSender.class);

    private final Path dir;

    CaptureMailSender(Path dir) {
        this.dir = dir;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
        for (MimeMessage message : messages) {
            Path file = dir.resolve(Instant.now().toString().replace(':', '-') + "-" + UUID.randomUUID() + ".eml");
            try {
                Files.createDirectories(dir);
                message.saveChanges();
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                log.info("Mail captured in {}", file.toAbsolutePath());
            } catch (IOException | MessagingException e) {
                throw new MailSendException("Could not capture a mail in " + dir, e);
            }
        }
    }
}
