package io.incidentledger.api.deadletter;

/**
 * A failure an adapter has already classified, so that the dead-letter policy needs no chat, HTTP or search client
 * types: {@link #refused} is the platform saying no for good (a 4xx other than 408 and 429), {@link #unavailable}
 * is an outage to wait out (a 5xx, 408, 429 or no answer).
 */
public class DeliveryFailure extends RuntimeException {

    private final boolean transientFailure;

    private DeliveryFailure(String message, Throwable cause, boolean transientFailure) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public static DeliveryFailure refused(String message) {
        return new DeliveryFailure(message, null, false);
    }

    public static DeliveryFailure unavailable(String message, Throwable cause) {
        return new DeliveryFailure(message, cause, true);
    }

    /** What an HTTP status says: 408, 429 and 5xx are worth waiting for, any other 4xx will be refused again. */
    public static DeliveryFailure ofStatus(int status, String message) {
        boolean refused = status >= 400 && status < 500 && status != 408 && status != 429;
        return new DeliveryFailure(message, null, !refused);
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
