package io.incidentledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.component.ComponentDefinition;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The catalog as Spring binds it from {@code ledger.core.*}: plain names still work, groups add a level. */
class ConfiguredComponentsTest {

    @Test
    void aPlainListIsUngroupedAndPublicInItsOrder() {
        var catalog = bind(Map.of("ledger.core.components", " API , Checkout,"));

        assertThat(catalog.names()).containsExactly("API", "Checkout");
        assertThat(catalog.layout()).extracting(ComponentDefinition::name, ComponentDefinition::position,
                ComponentDefinition::shown, ComponentDefinition::group)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("API", 1, true, false),
                        org.assertj.core.groups.Tuple.tuple("Checkout", 2, true, false));
    }

    @Test
    void groupsHoldTheirComponentsWithDescriptionPositionVisibilityAndStartDate() {
        var catalog = bind(Map.of("ledger.core.components", "API",
                "ledger.core.component-groups[0].name", "Platform",
                "ledger.core.component-groups[0].description", "What runs underneath",
                "ledger.core.component-groups[0].components[0].name", "Queue",
                "ledger.core.component-groups[0].components[0].position", "2",
                "ledger.core.component-groups[0].components[1].name", "Database",
                "ledger.core.component-groups[0].components[1].position", "1",
                "ledger.core.component-groups[0].components[1].start-date", "2026-10-01",
                "ledger.core.component-groups[0].components[1].shown", "false"));

        assertThat(catalog.names()).containsExactly("API", "Database", "Queue");
        assertThat(catalog.groupNames()).containsExactly("Platform");
        ComponentDefinition platform = catalog.group("platform").orElseThrow();
        assertThat(platform.position()).isEqualTo(2);
        assertThat(platform.description()).isEqualTo("What runs underneath");
        assertThat(platform.components()).extracting(ComponentDefinition::name).containsExactly("Database", "Queue");
        assertThat(platform.components().get(0).shown()).isFalse();
        assertThat(platform.components().get(0).startDate()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(platform.components().get(1).startDate()).isNull();
    }

    @Test
    void aNameUsedTwiceIsRefusedAtStart() {
        assertThatThrownBy(() -> bind(Map.of("ledger.core.components", "API",
                "ledger.core.component-groups[0].name", "api")))
                .hasMessage("ledger.core components and component-groups name 'api' twice: a name must be unique, ignoring case");
    }

    private static ConfiguredComponents bind(Map<String, String> keys) {
        var properties = new Binder(new MapConfigurationPropertySource(keys)).bindOrCreate("ledger.core",
                LedgerCoreProperties.class);
        return new ConfiguredComponents(properties);
    }
}
