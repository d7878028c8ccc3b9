package io.incidentledger.bench.crash;

/** One request of the load: its unique marker, the incident it belongs to, and whether the app acknowledged it. */
record Sent(String marker, String ref, boolean command, boolean acknowledged) {
}
