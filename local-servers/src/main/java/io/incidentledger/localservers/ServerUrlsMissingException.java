package io.incidentledger.localservers;

import java.util.ArrayList;
import java.util.List;

/** A start without embedded servers switched on, and without the URL of a server it needs. */
public final class ServerUrlsMissingException extends IllegalStateException {

    private final List<String> variables;

    private ServerUrlsMissingException(List<String> variables, String sentence) {
        super(sentence);
        this.variables = List.copyOf(variables);
    }

    static void throwIfAnyMissing(LocalServerSettings settings) {
        List<String> variables = new ArrayList<>();
        List<String> servers = new ArrayList<>();
        if (settings.needsPostgres()) {
            variables.add("LEDGER_DB_URL");
            servers.add("PostgreSQL");
        }
        if (settings.needsKafka()) {
            variables.add("KAFKA_BOOTSTRAP_SERVERS");
            servers.add("Kafka");
        }
        if (settings.needsElasticsearch()) {
            variables.add("ELASTICSEARCH_URL");
            servers.add("Elasticsearch");
        }
        if (variables.isEmpty()) {
            return;
        }
        boolean one = variables.size() == 1;
        String sentence = list(variables) + (one ? " is" : " are") + " not set: point " + (one ? "it" : "them")
                + " at your " + list(servers) + ", or start with the local profile (SPRING_PROFILES_ACTIVE=local)"
                + " to run embedded servers.";
        throw new ServerUrlsMissingException(variables, sentence);
    }

    public List<String> variables() {
        return variables;
    }

    private static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
