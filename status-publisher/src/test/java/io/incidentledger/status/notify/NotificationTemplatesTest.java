package io.incidentledger.status.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.testdata.IncidentScript;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {

    private final IncidentView incident = IncidentScript.declare(7, "Checkout errors", Severity.SEV2,
            Instant.parse("2026-11-22T09:00:00Z")).status(IncidentStatus.IDENTIFIED, "Bad deploy").view();

    @Test
    void configuredTemplatesAreFilledAndUnknownPlaceholdersStayVisible() {
        var templates = new NotificationTemplates(Map.of("status-changed", ":rotating_light: {ref} {status} ({impact}) {oops}"),
                "https://status.acme.test");

        assertThat(templates.render(NotificationKind.STATUS_CHANGED, incident, "Bad deploy"))
                .isEqualTo(":rotating_light: INC-7 identified (major) {oops}");
    }

    @Test
    void kindsWithoutATemplateUseTheDefault() {
        var templates = new NotificationTemplates(Map.of(), "https://status.acme.test");

        assertThat(templates.render(NotificationKind.UPDATE_POSTED, incident, "Rolling back"))
                .isEqualTo("INC-7 Checkout errors (identified): Rolling back https://status.acme.test/#inc-7");
    }

    @Test
    void peoplesValuesAreEscapedForTheRouteButTheTemplatesOwnMarkupIsKept() {
        var templates = new NotificationTemplates(Map.of("update-posted", "<{url}|{ref}> {title}: {message}"),
                "https://status.acme.test");
        IncidentView hostile = IncidentScript.declare(8, "<!channel> down", Severity.SEV2,
                Instant.parse("2026-11-22T09:00:00Z")).view();

        assertThat(templates.render(NotificationKind.UPDATE_POSTED, hostile, "see <http://evil.test|the fix> <@U1>",
                ChatEscaping.SLACK)).isEqualTo("<https://status.acme.test/#inc-8|INC-8> &lt;!channel&gt; down: "
                        + "see &lt;http://evil.test|the fix&gt; &lt;@U1&gt;");
    }
}
