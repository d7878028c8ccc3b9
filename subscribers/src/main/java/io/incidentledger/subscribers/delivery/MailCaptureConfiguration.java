package io.incidentledger.subscribers.delivery;

import io.incidentledger.subscribers.SubscribersProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** With a capture directory and no SMTP host, mail is captured; Spring Boot's own sender then stands back. */
@Configuration(proxyBeanMethods = false)
class MailCaptureConfiguration {

    @Bean
    @ConditionalOnExpression("'${subscribers.mail.capture-dir:}' != '' and '${spring.mail.host:}' == ''")
    JavaMailSender capturingMailSender(SubscribersProperties properties) {
        return new CaptureMailSender(properties.mail().captureDir());
    }
}
