package io.incidentledger.bench.support;

/** One request of a load; true when the answer was the expected one. */
@FunctionalInterface
public interface Call {

    boolean run(int client, long sequence) throws Exception;
}
