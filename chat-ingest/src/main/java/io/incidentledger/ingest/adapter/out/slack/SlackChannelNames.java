package io.incidentledger.ingest.adapter.out.slack;

import io.incidentledger.api.id.IncidentRef;
import java.text.Normalizer;
import java.util.Locale;

/** {@code inc-42-checkout-errors}: Slack channel names are lowercase, at most 80 characters, no spaces. */
final class SlackChannelNames {

    static final int MAX = 80;

    private SlackChannelNames() {
    }

    static String of(String prefix, IncidentRef ref, String title, int attempt) {
        String slug = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String suffix = attempt <= 1 ? "" : "-" + attempt;
        String head = prefix + "-" + ref.number();
        String name = slug.isEmpty() ? head : head + "-" + slug;
        name = name.length() + suffix.length() > MAX ? name.substring(0, MAX - suffix.length()) : name;
        return name.replaceAll("-$", "") + suffix;
    }
}
