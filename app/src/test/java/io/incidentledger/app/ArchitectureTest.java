package io.incidentledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule, checked rather than hoped for. */
class ArchitectureTest {

    private static JavaClasses ledger;

    @BeforeAll
    static void importClasses() {
        ledger = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.incidentledger");
    }

    @Test
    void slackTypesStayInsideTheSlackAdapter() {
        noClasses()
                .that().resideOutsideOfPackages("..adapter.in.slack..", "..adapter.out.slack..", "io.incidentledger.ingest.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .check(ledger);
    }

    @Test
    void teamsTypesStayInsideTheTeamsAdapter() {
        noClasses()
                .that().resideOutsideOfPackages("..adapter.in.teams..", "..adapter.out.teams..", "io.incidentledger.ingest.teams..")
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..")
                .check(ledger);
    }

    @Test
    void elasticsearchTypesStayInsideTheElasticsearchAdapter() {
        noClasses().that().resideOutsideOfPackage("..adapter.out.elasticsearch..")
                .should().dependOnClassesThat().resideInAnyPackage("co.elastic..", "org.elasticsearch..")
                .check(ledger);
    }

    /** buckpal's rule: what both sides of a platform need lives in a package both may use, such as ingest.slack. */
    @Test
    void adaptersDoNotDependOnEachOther() {
        slices().matching("io.incidentledger.(*).adapter.(*).(*)..").namingSlices("$1 adapter $2 $3")
                .should().notDependOnEachOther()
                .check(ledger);
    }

    /** Axon's modelling annotations, and {@code @Revision}: a stored event's revision is part of its message. */
    @Test
    void theMessagesDependOnNoOtherPartOfTheLedger() {
        classes().that().resideInAPackage("io.incidentledger.api..")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("io.incidentledger.api..", "java..",
                        "com.fasterxml.jackson..", "org.axonframework.modelling.command..")
                        .or(JavaClass.Predicates.equivalentTo(Revision.class)))
                .check(ledger);
    }

    /** Each module talks to the others through the messages, and only the app assembles them. */
    @Test
    void modulesAreLayeredWithTheAppOnTopAndTheMessagesBelow() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("io.incidentledger.app..")
                .layer("Core").definedBy("io.incidentledger.core..")
                .layer("Ingest").definedBy("io.incidentledger.ingest..")
                .layer("Read").definedBy("io.incidentledger.read..")
                .layer("Console").definedBy("io.incidentledger.console..")
                .layer("Status").definedBy("io.incidentledger.status..")
                .layer("Subscribers").definedBy("io.incidentledger.subscribers..")
                .layer("Projections").definedBy("io.incidentledger.projections..")
                .layer("LocalServers").definedBy("io.incidentledger.localservers..")
                .layer("Messages").definedBy("io.incidentledger.api..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Core").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("App", "Console")
                .whereLayer("Read").mayOnlyBeAccessedByLayers("App", "Console")
                .whereLayer("Console").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Status").mayOnlyBeAccessedByLayers("App", "Subscribers")
                .whereLayer("Subscribers").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Projections").mayOnlyBeAccessedByLayers("App", "Read", "Status", "Subscribers", "Console")
                .whereLayer("LocalServers").mayOnlyBeAccessedByLayers("App")
                .check(ledger);
    }

    @Test
    void theDomainKnowsNoAdapterNorSpring() {
        noClasses().that().resideInAPackage("io.incidentledger.core.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..adapter..", "org.springframework..",
                        "org.apache.kafka..", "java.sql..")
                .check(ledger);
    }

    @Test
    void chatIngestSendsMessagesAndNeverTouchesTheAggregate() {
        noClasses().that().resideInAPackage("io.incidentledger.ingest..")
                .should().dependOnClassesThat().resideInAPackage("io.incidentledger.core..")
                .check(ledger);
    }

    @Test
    void applicationLayersDoNotReachIntoAdapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAPackage("..adapter..")
                .check(ledger);
    }

    /** The replay and {@code ?at=} reuse the projectors, so they fold without Kafka or Spring, as the topologies do. */
    @Test
    void theProjectorsArePureFolds() {
        classes().that().resideInAPackage("io.incidentledger.projections..").and().haveSimpleNameEndingWith("Projector")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.incidentledger.api..",
                        "io.incidentledger.projections..", "java..", "com.fasterxml.jackson..")
                .check(ledger);
    }

    /** Readers see the views through their read ports: the Streams machinery stays inside projections. */
    @Test
    void theStatusPageAndTheReadApiReadViewsThroughPortsNotKafka() {
        noClasses().that().resideInAnyPackage("io.incidentledger.status..", "io.incidentledger.read..")
                .should().dependOnClassesThat().resideInAnyPackage("io.incidentledger.projections.kafka..",
                        "io.incidentledger.projections.fold..", "org.apache.kafka..", "org.springframework.kafka..")
                .check(ledger);
    }

    /** The page, its Statuspage JSON and its feeds are rendered from a snapshot, so any instance renders the same bytes. */
    @Test
    void theStatusPageRenderersKnowNoStorageTransportOrNotifications() {
        noClasses().that().resideInAnyPackage("io.incidentledger.status.html..", "io.incidentledger.status.feed..",
                        "io.incidentledger.status.statuspage..", "io.incidentledger.status.components..",
                        "io.incidentledger.status.uptime..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "org.axonframework..",
                        "jakarta.servlet..", "org.springframework.http..", "java.net.http..", "java.sql..",
                        "io.incidentledger.status.notify..", "io.incidentledger.status.export..")
                .check(ledger);
    }

    /**
     * One way to read the ledger: outside the ledger's core nothing reads Axon's event store or handles its event
     * messages, only {@link io.incidentledger.api.history.LedgerHistory} and Axon's handler annotations. Excluded
     * until their owners move them to the port: MaintenanceHistory (the {@code ?at=} fold), NotificationPlanner and
     * JdbcMaintenanceViews (status-publisher's handlers take {@code EventMessage}); SubscriberListReplay resets its
     * own processor and reads nothing.
     */
    @Test
    void theReadSideReadsTheLedgerOnlyThroughItsHistoryPort() {
        // handlers take the event and Axon's annotated parameters; configuring a processor is not reading the ledger
        noClasses().that().resideInAnyPackage("io.incidentledger.projections..", "io.incidentledger.status..",
                        "io.incidentledger.subscribers..")
                .and().doNotHaveFullyQualifiedName("io.incidentledger.subscribers.list.SubscriberListReplay")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.axonframework.eventsourcing..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.ANNOTATIONS))
                        .or(JavaClass.Predicates.assignableTo(org.axonframework.eventhandling.EventMessage.class)))
                .check(ledger);
    }
}
