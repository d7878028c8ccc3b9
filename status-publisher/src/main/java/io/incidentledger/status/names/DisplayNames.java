package io.incidentledger.status.names;

import java.util.Map;

/** Chat user id → display name, so {@code <@U123>} in an update reads as a person's name. */
public interface DisplayNames {

    Map<String, String> all();

    void remember(String userId, String name);
}
