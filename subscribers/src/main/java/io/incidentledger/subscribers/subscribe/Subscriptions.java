package io.incidentledger.subscribers.subscribe;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import io.incidentledger.api.subscriber.*;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.subscribers.SubscribersProperties;
import io.incidentledger.subscribers.delivery.ConfirmationMail;
import io.incidentledger.subscribers.domain.SubscriptionRefused;
import io.incidentledger.subscribers.keys.AddressVault;
import io.incidentledger.subscribers.keys.SubscriberKey;
import io.incidentledger.subscribers.keys.SubscriberSecrets;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** The use cases behind the form and the links: each checks its input, then sends one command to the subscriber. */
@Component
public class Subscriptions {

    /** What a new subscriber is told: its id, its manage link, and for a webhook the secret its requests are signed with. */
    public record Subscribed(SubscriberId id, SubscriberKind kind, String manageUrl, String webhookSecret) {
    }

    private final SubscribersProperties properties;
    private final SubscriberKey key;
    private final StatusPageProperties page;
    private final ComponentCatalog catalog;
    private final AddressVault vault;
    private final RateLimits limits;
    private final ConfirmationMail mail;
    private final CommandGateway commands;
    private final Clock clock;

    Subscriptions(SubscribersProperties properties, SubscriberKey key, StatusPageProperties page, ComponentCatalog catalog,
                  AddressVault vault, RateLimits limits, ConfirmationMail mail, CommandGateway commands, Clock clock) {
        this.properties = properties;
        this.key = key;
        this.page = page;
        this.catalog = catalog;
        this.vault = vault;
        this.limits = limits;
        this.mail = mail;
        this.commands = commands;
        this.clock = clock;
    }

    public boolean open() {
        return properties.enabled() && key.secrets().isPresent();
    }

    public SubscriberLinks links() {
        return SubscriberLinks.of(page, secrets());
    }

    public List<String> components() {
        return catalog.names();
    }

    public Subscribed subscribe(String rawAddress, Collection<String> chosen, String client) {
        var address = AddressCheck.of(rawAddress);
        var components = known(chosen);
        if (address.kind() == SubscriberKind.EMAIL && !mail.available()) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "This page takes webhook subscriptions only: no mail server is configured.");
        }
        limits.count(secrets(), address.address(), client);
        var id = SubscriberId.random();
        var now = clock.instant();
        String token = SubscriberSecrets.newToken();
        String sealed = vault.seal(id, address.address());
        commands.sendAndWait(new RequestSubscription(id, address.kind(), sealed, components,
                SubscriberSecrets.tokenHash(token), now.plus(properties.confirmWithin()), now));
        if (address.kind() == SubscriberKind.EMAIL) {
            mail.send(address.address(), links().confirm(id, token), links().manage(id));
            return new Subscribed(id, address.kind(), null, null);
        }
        return new Subscribed(id, address.kind(), links().manage(id), secrets().webhookSecret(id));
    }

    public void confirm(String subscriber, String token) {
        run(new ConfirmSubscription(id(subscriber), SubscriberSecrets.tokenHash(token == null ? "" : token), clock.instant()));
    }

    public SubscriberId verified(String subscriber, String signature) {
        SubscriberId id = id(subscriber);
        if (!secrets().validManageSignature(id, signature)) {
            throw new ApiException(ErrorCode.LINK_INVALID, "This link is not valid: its signature does not match.");
        }
        return id;
    }

    public void change(SubscriberId id, Collection<String> chosen) {
        run(new ChangeSubscriberComponents(id, known(chosen), clock.instant()));
    }

    /** Ends the subscription; answers false when it had already ended, which is no error for a one-click unsubscribe. */
    public boolean unsubscribe(SubscriberId id, String reason) {
        try {
            commands.sendAndWait(new Unsubscribe(id, reason, clock.instant()));
            return true;
        } catch (SubscriptionRefused | org.axonframework.modelling.command.AggregateNotFoundException ended) {
            return false;
        }
    }

    private void run(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (SubscriptionRefused refused) {
            throw new ApiException(ErrorCode.LINK_INVALID, refused.getMessage());
        } catch (org.axonframework.modelling.command.AggregateNotFoundException unknown) {
            throw new ApiException(ErrorCode.LINK_INVALID, "This link is not valid: there is no such subscription.");
        }
    }

    private List<String> known(Collection<String> chosen) {
        var names = new LinkedHashSet<String>();
        for (String name : chosen == null ? List.<String>of() : chosen) {
            names.add(catalog.find(name.strip()).orElseThrow(() -> new ApiException(ErrorCode.BAD_REQUEST,
                    "There is no component of that name; choose among " + String.join(", ", catalog.names()) + ".")));
        }
        return List.copyOf(names);
    }

    private static SubscriberId id(String subscriber) {
        try {
            return SubscriberId.of(subscriber);
        } catch (RuntimeException malformed) {
            throw new ApiException(ErrorCode.LINK_INVALID, "This link is not valid: it names no subscription.");
        }
    }

    private SubscriberSecrets secrets() {
        return key.secrets().orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "Subscriptions are off on this page."));
    }
}
