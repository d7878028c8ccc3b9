package io.incidentledger.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class SlackAppManifestTest {

    private static final Path MANIFEST = Path.of("..", "slack", "manifest.yml");

    @Test
    void everyRequestUrlPointsAtTheGivenLedgerAndNoPlaceholderIsLeft() throws Exception {
        String filled = SlackAppManifest.fill(MANIFEST, "https://ledger.acme.test/");

        assertThat(filled).doesNotContain("example.com");
        Map<String, Map<String, Object>> yaml = new Yaml().load(filled);
        Map<String, Object> settings = yaml.get("settings");
        assertThat(((Map<?, ?>) settings.get("event_subscriptions")).get("request_url"))
                .isEqualTo("https://ledger.acme.test/slack/events");
        assertThat(((Map<?, ?>) settings.get("interactivity")).get("request_url"))
                .isEqualTo("https://ledger.acme.test/slack/events");
        List<Map<String, Object>> commands = (List<Map<String, Object>>) yaml.get("features").get("slash_commands");
        assertThat(commands).allSatisfy(command -> assertThat(command.get("url")).isEqualTo("https://ledger.acme.test/slack/events"));
    }

    @Test
    void aUrlSlackCannotCallIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SlackAppManifest.fill(MANIFEST, "http://ledger.acme.test"))
                .hasMessage("Slack calls only https://host[/path] URLs, not 'http://ledger.acme.test'");
        assertThatThrownBy(() -> SlackAppManifest.fill(MANIFEST, "ledger.acme.test"))
                .hasMessageContaining("only https://");
    }
}
