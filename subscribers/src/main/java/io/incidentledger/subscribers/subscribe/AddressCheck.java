package io.incidentledger.subscribers.subscribe;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import io.incidentledger.api.subscriber.SubscriberKind;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the form's one field may hold: an e-mail address (one mailbox, no display name) or an http(s) webhook URL.
 * Any control character is refused before anything else looks at it: a CR/LF would otherwise inject mail headers.
 */
public record AddressCheck(SubscriberKind kind, String address) {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]");
    private static final Pattern MAILBOX = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final int MAX_URL = 2048;

    public static AddressCheck of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw refused("Give an e-mail address or a webhook URL in the field address.");
        }
        if (CONTROL.matcher(raw).find()) {
            throw refused("The address holds a line break or another control character; give one plain address.");
        }
        String address = raw.strip();
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new AddressCheck(SubscriberKind.WEBHOOK, webhook(address));
        }
        return new AddressCheck(SubscriberKind.EMAIL, mailbox(address));
    }

    private static String mailbox(String address) {
        if (address.length() > 254 || !MAILBOX.matcher(address).matches()) {
            throw refused("The address is not an e-mail address such as name@example.com, nor an http(s) URL.");
        }
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw refused("The address is not an e-mail address such as name@example.com, nor an http(s) URL.");
        }
        // the domain part is case-insensitive; the local part is kept as given
        int at = address.lastIndexOf('@');
        return address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
    }

    private static String webhook(String address) {
        try {
            URI uri = new URI(address);
            if (address.length() > MAX_URL || uri.getHost() == null || uri.getUserInfo() != null) {
                throw refused("The webhook URL needs a host, no user name or password, and at most 2048 characters.");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw refused("The webhook URL is not a valid URL.");
        }
    }

    private static ApiException refused(String sentence) {
        return new ApiException(ErrorCode.BAD_REQUEST, sentence);
    }
}
