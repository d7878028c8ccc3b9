package io.incidentledger.subscribers.delivery;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.incidentledger.status.StatusPageProperties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The double opt-in mail, sent off the request thread so a slow SMTP server never holds the form. Its link only
 * opens the confirmation page; the subscription is confirmed by that page's button, a POST no mail scanner sends.
 */
@Component
public class ConfirmationMail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationMail.class);

    private final Mails mails;
    private final String pageName;
    // bounded: the form's rate limits keep it short, and past it a mail is dropped rather than memory grown
    private final ExecutorService sending = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1_000), runnable -> {
                Thread thread = new Thread(runnable, "subscriber-confirmations");
                thread.setDaemon(true);
                return thread;
            });

    ConfirmationMail(Mails mails, StatusPageProperties page) {
        this.mails = mails;
        this.pageName = page.name();
    }

    public boolean available() {
        return mails.available();
    }

    public void send(String to, String confirmUrl, String manageUrl) {
        String subject = "Confirm your subscription to " + pageName;
        String text = "Someone, hopefully you, asked to get " + pageName + " updates at this address.\n\n"
                + "To confirm, open this link and press the Confirm button:\n" + confirmUrl + "\n\n"
                + "If it was not you, ignore this mail: nothing will be sent to you.\n";
        String html = "<p>Someone, hopefully you, asked to get <strong>" + htmlEscape(pageName)
                + "</strong> updates at this address.</p><p><a href=\"" + htmlEscape(confirmUrl)
                + "\">Open the confirmation page</a> and press its Confirm button.</p>"
                + "<p>If it was not you, ignore this mail: nothing will be sent to you.</p>";
        sending.execute(() -> {
            try {
                mails.send(to, subject, text, html, null);
            } catch (Exception e) {
                log.warn("A confirmation mail could not be sent: {}", e.toString());
            }
        });
    }

    @Override
    public void close() {
        sending.shutdown();
    }
}
