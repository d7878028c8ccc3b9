package io.incidentledger.app;

/**
 * The two bearer tokens, {@code ledger.api-token} and {@code ledger.admin-token}, read once through
 * {@link AppProperties} and handed to the access filters as this one bean.
 *
 * @param reader the internal read APIs' token
 * @param admin the admin API's token (it also opens operations: Prometheus and health details)
 * @param openWithoutToken {@code ledger.api.open-without-token}
 */
record AccessTokens(BearerToken reader, BearerToken admin, boolean openWithoutToken) {

    static AccessTokens of(AppProperties properties) {
        return new AccessTokens(new BearerToken(properties.apiToken()), new BearerToken(properties.adminToken()),
                properties.api().openWithoutToken());
    }

    /** The read APIs are open to anyone only while no reader token is set and the switch says so. */
    boolean readersOpen() {
        return !reader.configured() && openWithoutToken;
    }
}
