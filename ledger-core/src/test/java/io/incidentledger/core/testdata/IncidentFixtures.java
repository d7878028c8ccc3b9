package io.incidentledger.core.testdata;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.component.ComponentDefinition;
import io.incidentledger.core.domain.Incident;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** The given every aggregate test starts from: an Incident fixture whose catalogue knows these components. */
public final class IncidentFixtures {

    /** When a chat message was said in the chat tests: after T0, so its own time is seen to be kept. */
    public static final Instant SAID = Instant.parse("2026-11-22T09:05:00Z");

    private IncidentFixtures() {
    }

    public static FixtureConfiguration<Incident> knowing(String... components) {
        var fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource((ComponentCatalog) () -> List.of(components));
        fixture.registerInjectableResource(new NoPastReads());
        return fixture;
    }

    /** A catalog with the plain components and one group of its own members. */
    public static FixtureConfiguration<Incident> knowingGroup(String group, List<String> members, String... components) {
        var fixture = new AggregateTestFixture<>(Incident.class);
        var layout = new java.util.ArrayList<ComponentDefinition>();
        for (String name : components) {
            layout.add(ComponentDefinition.plain(name, layout.size() + 1));
        }
        layout.add(new ComponentDefinition(group, "", layout.size() + 1, true, true, false, null, true,
                members.stream().map(name -> ComponentDefinition.plain(name, members.indexOf(name) + 1)).toList()));
        fixture.registerInjectableResource(new NoPastReads());
        fixture.registerInjectableResource(new ComponentCatalog() {
            @Override
            public List<String> names() {
                return java.util.stream.Stream.concat(List.of(components).stream(), members.stream()).toList();
            }

            @Override
            public List<ComponentDefinition> layout() {
                return layout;
            }
        });
        return fixture;
    }
}
