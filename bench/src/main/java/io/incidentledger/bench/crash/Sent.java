package io.incidentledger.bench.crash;

/** One request of the load: its unique marker, the incident it belongs to, and whether the app acknowledged it. */
record Sent(String marker, String ref, boolean command, boolean acknowledged) {

    static String key(String ref, String marker) {
        return ref + " " + marker;
    }

    String key() {
        return key(ref, marker);
    }
}
