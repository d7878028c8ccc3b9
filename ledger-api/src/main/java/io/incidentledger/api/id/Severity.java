package io.incidentledger.api.id;

import java.util.Optional;

/** SEV1 is the most critical. The one place that maps severity to Statuspage's {@code impact}. */
public enum Severity {
    SEV1("critical"),
    SEV2("major"),
    SEV3("minor"),
    SEV4("none");

    private final String statuspageImpact;

    Severity(String statuspageImpact) {
        this.statuspageImpact = statuspageImpact;
    }

    public String statuspageImpact() {
        return statuspageImpact;
    }

    public int level() {
        return ordinal() + 1;
    }

    /** Accepts {@code 2}, {@code sev2} or {@code SEV2}. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.trim().toUpperCase().replaceFirst("^SEV", "");
        return switch (digits) {
            case "1" -> Optional.of(SEV1);
            case "2" -> Optional.of(SEV2);
            case "3" -> Optional.of(SEV3);
            case "4" -> Optional.of(SEV4);
            default -> Optional.empty();
        };
    }
}
