package io.incidentledger.core.erasure;

/** Outside the local profile the app does not start without a master key: chat text would have no key to be sealed with. */
public final class MasterKeyMissing extends IllegalStateException {

    public MasterKeyMissing() {
        super("LEDGER_ERASURE_MASTER_KEY is not set: chat text is stored sealed under keys that it wraps; set it to the "
                + "base64 of 32 random bytes (openssl rand -base64 32), or start with the local profile "
                + "(SPRING_PROFILES_ACTIVE=local) to generate one in the data directory.");
    }
}
