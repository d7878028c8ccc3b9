package io.incidentledger.localservers;

/** A server this module started and therefore must stop. */
interface ManagedServer {

    String url();

    /** Stops the server and waits until it is gone; never throws, so that later servers still get stopped. */
    void stop();
}
