package io.incidentledger.subscribers.web;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import io.incidentledger.api.subscriber.SubscriberKind;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.subscribers.list.SubscriberListQueries;
import io.incidentledger.subscribers.subscribe.Subscriptions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of subscriptions: the form's POST, the confirmation page and its POST, the signed manage page,
 * and the one-click unsubscribe (RFC 8058: a POST that needs no token nor login beyond its signed link).
 */
@RestController
@Tag(name = "Subscriptions", description = "Status page subscribers: e-mail and webhooks")
class SubscriptionController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final Subscriptions subscriptions;
    private final SubscriberListQueries list;
    private final String pageName;

    SubscriptionController(Subscriptions subscriptions, SubscriberListQueries list, StatusPageProperties page) {
        this.subscriptions = subscriptions;
        this.list = list;
        this.pageName = page.name();
    }

    @Operation(operationId = "subscribe", summary = "Subscribe an e-mail address (double opt-in) or a webhook URL, optionally to some components")
    @PostMapping("/subscriptions")
    ResponseEntity<?> subscribe(@RequestParam(name = "address", required = false) String address,
                                @RequestParam(name = "component", required = false) List<String> components,
                                @RequestHeader(name = "Accept", required = false) String accept, HttpServletRequest request) {
        requireOpen();
        var subscribed = subscriptions.subscribe(address, components, request.getRemoteAddr());
        if (accept != null && accept.contains("application/json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", subscribed.id().value());
            body.put("kind", subscribed.kind().name().toLowerCase(java.util.Locale.ROOT));
            body.put("manage_url", subscribed.manageUrl());
            body.put("secret", subscribed.webhookSecret());
            return ResponseEntity.accepted().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        String page = subscribed.kind() == SubscriberKind.EMAIL ? SubscriptionPages.checkYourInbox(pageName)
                : SubscriptionPages.webhookRegistered(pageName, subscribed.manageUrl(), subscribed.webhookSecret());
        return ResponseEntity.accepted().contentType(HTML).body(page);
    }

    /** Only shows the button: mail scanners open every link, and opening this one must confirm nothing. */
    @Operation(operationId = "subscriptionConfirmPage", summary = "The confirmation page: a button, since opening the link must confirm nothing")
    @GetMapping("/subscriptions/confirm")
    ResponseEntity<String> confirmPage(@RequestParam("s") String subscriber, @RequestParam("t") String token) {
        requireOpen();
        return html(SubscriptionPages.confirm(pageName, subscriber, token));
    }

    @Operation(operationId = "confirmSubscription", summary = "Confirm an e-mail subscription with its one-time token")
    @PostMapping("/subscriptions/confirm")
    ResponseEntity<String> confirm(@RequestParam("s") String subscriber, @RequestParam("t") String token) {
        requireOpen();
        subscriptions.confirm(subscriber, token);
        return html(SubscriptionPages.confirmed(pageName));
    }

    @Operation(operationId = "subscriptionManagePage", summary = "The signed manage page: components and unsubscribe")
    @GetMapping("/subscriptions/manage")
    ResponseEntity<String> managePage(@RequestParam("s") String subscriber, @RequestParam("sig") String signature) {
        requireOpen();
        var id = subscriptions.verified(subscriber, signature);
        return list.find(id).map(row -> html(SubscriptionPages.manage(pageName, row, signature, subscriptions.components())))
                .orElseGet(() -> html(SubscriptionPages.done(pageName, "Not subscribed", "This subscription has ended.")));
    }

    @Operation(operationId = "changeSubscription", summary = "Change the components a subscriber hears about (signed link)")
    @PostMapping("/subscriptions/manage")
    ResponseEntity<String> manage(@RequestParam("s") String subscriber, @RequestParam("sig") String signature,
                                  @RequestParam(name = "component", required = false) List<String> components) {
        requireOpen();
        subscriptions.change(subscriptions.verified(subscriber, signature), components);
        return html(SubscriptionPages.done(pageName, "Saved", "From now on you get what you chose."));
    }

    @Operation(operationId = "subscriptionUnsubscribePage", summary = "The unsubscribe page: a button, for links opened by scanners")
    @GetMapping("/subscriptions/unsubscribe")
    ResponseEntity<String> unsubscribePage(@RequestParam("s") String subscriber, @RequestParam("sig") String signature) {
        requireOpen();
        subscriptions.verified(subscriber, signature);
        return html(SubscriptionPages.unsubscribe(pageName, subscriber, signature));
    }

    /** RFC 8058's one-click POST (body {@code List-Unsubscribe=One-Click}) and the page's button alike. */
    @Operation(operationId = "unsubscribe", summary = "One-click unsubscribe (RFC 8058) with a signed link")
    @PostMapping("/subscriptions/unsubscribe")
    ResponseEntity<String> unsubscribe(@RequestParam("s") String subscriber, @RequestParam("sig") String signature) {
        requireOpen();
        subscriptions.unsubscribe(subscriptions.verified(subscriber, signature), "subscriber");
        return html(SubscriptionPages.done(pageName, "Unsubscribed", "Nothing more will be sent to you."));
    }

    private void requireOpen() {
        if (!subscriptions.open()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "Subscriptions are off on this page.");
        }
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok().contentType(HTML).body(page);
    }
}
