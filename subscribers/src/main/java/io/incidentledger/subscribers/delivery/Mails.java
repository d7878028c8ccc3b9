package io.incidentledger.subscribers.delivery;

import io.incidentledger.subscribers.SubscribersProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds and sends the subscribers' mails through Spring Boot's mail sender ({@code spring.mail.*}, or the
 * {@code local} capture): multipart text and HTML, from the configured sender, and with RFC 8058's one-click
 * unsubscribe headers whenever there is a subscription to leave.
 */
@Component
public class Mails {

    private final Optional<JavaMailSender> sender;
    private final String from;

    Mails(ObjectProvider<JavaMailSender> sender, SubscribersProperties properties) {
        this.sender = Optional.ofNullable(sender.getIfAvailable());
        this.from = properties.mail().from();
    }

    public boolean available() {
        return sender.isPresent();
    }

    public void send(String to, String subject, String text, String html, String unsubscribeUrl) throws MessagingException {
        JavaMailSender mail = sender.orElseThrow(() -> new IllegalStateException("No mail sender is configured"));
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text, html);
        if (unsubscribeUrl != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mail.send(message);
    }
}
