package io.incidentledger.api.history;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event handler's {@code ChatOrigin} parameter that takes the event's author ({@code by}) as the ledger stored
 * it, without the event being decoded: decoding a chat event opens its sealed text, with the key and the AES-GCM that
 * takes, which a handler that only wants the name should not pay for. Declare the event with
 * {@code @EventHandler(payloadType = …)} and take no payload. The parameter is {@code null} when the stored form has no
 * readable author.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface StoredAuthor {
}
