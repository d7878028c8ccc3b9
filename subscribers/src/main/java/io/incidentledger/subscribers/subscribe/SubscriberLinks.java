package io.incidentledger.subscribers.subscribe;

import io.incidentledger.api.subscriber.SubscriberId;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.subscribers.keys.SubscriberSecrets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The links a subscriber gets, all under the page's public URL; manage and unsubscribe links carry a signature. */
public record SubscriberLinks(String base, SubscriberSecrets secrets) {

    public static SubscriberLinks of(StatusPageProperties page, SubscriberSecrets secrets) {
        String url = page.url().endsWith("/") ? page.url().substring(0, page.url().length() - 1) : page.url();
        return new SubscriberLinks(url, secrets);
    }

    public String page() {
        return base + "/";
    }

    public String confirm(SubscriberId id, String token) {
        return base + "/subscriptions/confirm?s=" + id.value() + "&t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public String manage(SubscriberId id) {
        return base + "/subscriptions/manage?" + signed(id);
    }

    public String unsubscribe(SubscriberId id) {
        return base + "/subscriptions/unsubscribe?" + signed(id);
    }

    private String signed(SubscriberId id) {
        return "s=" + id.value() + "&sig=" + secrets.manageSignature(id);
    }
}
