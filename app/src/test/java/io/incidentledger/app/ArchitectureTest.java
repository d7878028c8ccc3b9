package io.incidentledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
        noClasses().that().resideOutsideOfPackages("..adapter.in.slack..", "..adapter.out.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .check(ledger);
    }

    @Test
    void teamsTypesStayInsideTheTeamsAdapter() {
        noClasses().that().resideOutsideOfPackages("..adapter.in.teams..", "..adapter.out.teams..")
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..")
                .check(ledger);
    }

    @Test
    void elasticsearchTypesStayInsideTheElasticsearchAdapter() {
        noClasses().that().resideOutsideOfPackages("..adapter.out.elasticsearch..", "io.incidentledger.search")
                .should().dependOnClassesThat().resideInAnyPackage("co.elastic..", "org.elasticsearch..")
                .check(ledger);
    }

    @Test
    void theMessagesDependOnNoOtherPartOfTheLedger() {
        classes().that().resideInAPackage("io.incidentledger.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.incidentledger.api..", "java..",
                        "com.fasterxml.jackson..", "org.axonframework.modelling.command..")
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
}
