package io.incidentledger.subscribers.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentledger.api.subscriber.SubscriberKind;
import io.incidentledger.subscribers.keys.AddressVault;
import io.incidentledger.subscribers.list.SubscriberListQueries;
import io.incidentledger.subscribers.subscribe.SubscriberLinks;
import java.util.Optional;

/** One delivery: finds the subscriber, opens its address, puts its own links into the message and sends it. */
class SubscriberSend {

    // the shape this body follows, which is what a receiver wants to read about
    private static final String DOCUMENTATION = "https://support.atlassian.com/statuspage/docs/enable-webhook-notifications/";

    /** Nothing to send any more: the subscriber left or was disabled since the row was planned. */
    static final class Dropped extends Exception {
        Dropped(String reason) {
            super(reason);
        }
    }

    private final DeliveryOutbox outbox;
    private final SubscriberListQueries list;
    private final AddressVault vault;
    private final Optional<SubscriberLinks> links;
    private final Mails mails;
    private final WebhookDelivery webhooks;
    private final ObjectMapper json;

    SubscriberSend(DeliveryOutbox outbox, SubscriberListQueries list, AddressVault vault, Optional<SubscriberLinks> links,
                   Mails mails, WebhookDelivery webhooks, ObjectMapper json) {
        this.outbox = outbox;
        this.list = list;
        this.vault = vault;
        this.links = links;
        this.mails = mails;
        this.webhooks = webhooks;
        this.json = json;
    }

    void send(DeliveryOutbox.Claimed row) throws Exception {
        var subscriber = list.find(row.subscriber()).filter(found -> found.status().equals("confirmed"))
                .orElseThrow(() -> new Dropped("the subscriber is no longer confirmed"));
        String address = vault.open(subscriber.id(), subscriber.sealedAddress())
                .orElseThrow(() -> new Dropped("the subscriber's key is destroyed"));
        var message = outbox.message(row.eventId()).orElseThrow(() -> new Dropped("the message is gone"));
        var signed = links.orElseThrow(() -> new Dropped("subscriptions are off: no key"));
        String manage = signed.manage(subscriber.id());
        String unsubscribe = signed.unsubscribe(subscriber.id());
        if (subscriber.kind() == SubscriberKind.EMAIL) {
            mails.send(address, message.subject(), withLinks(message.text(), manage, unsubscribe),
                    withLinks(message.html(), manage.replace("&", "&amp;"), unsubscribe.replace("&", "&amp;")), unsubscribe);
        } else {
            ObjectNode body = json.createObjectNode();
            body.putObject("meta").put("unsubscribe", unsubscribe).put("documentation", DOCUMENTATION);
            body.setAll((ObjectNode) json.readTree(message.webhook()));
            webhooks.send(address, signed.secrets().webhookSecret(subscriber.id()), row.eventId() + "/" + subscriber.id().value(),
                    message.kind(), json.writeValueAsString(body));
        }
    }

    private static String withLinks(String text, String manage, String unsubscribe) {
        return text.replace(SubscriberMessage.MANAGE, manage).replace(SubscriberMessage.UNSUBSCRIBE, unsubscribe);
    }
}
