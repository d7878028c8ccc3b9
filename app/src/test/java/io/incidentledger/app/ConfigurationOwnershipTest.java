package io.incidentledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.incidentledger.app.testdata.LedgerClasses;
import io.incidentledger.app.testdata.ReadsAKeyOfItsOwn;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Every setting is owned by one module's properties record, and other modules get what they need as a bean:
 * a {@code @Value} read is how a key gets read twice, with two defaults.
 */
class ConfigurationOwnershipTest {

    private static final ArchRule NO_VALUE_READS = noClasses().should().dependOnClassesThat().areAssignableTo(Value.class)
            .because("a setting is read through its module's @ConfigurationProperties record, or received as a bean");
    private static final ArchRule PROPERTIES_ARE_RECORDS = classes().that().areAnnotatedWith(ConfigurationProperties.class)
            .should().beRecords();
    private static final ArchRule ONE_CLOCK = methods().that().areAnnotatedWith(Bean.class).and()
            .haveRawReturnType(Clock.class).should().beDeclaredInClassesThat().resideInAPackage("io.incidentledger.app")
            .because("the Clock is the application's; a module's tests declare their own");

    private final JavaClasses ledger = LedgerClasses.main();

    @Test
    void noModuleReadsAPropertyWithValue() {
        NO_VALUE_READS.check(ledger);
    }

    @Test
    void everyPropertiesClassIsARecord() {
        PROPERTIES_ARE_RECORDS.check(ledger);
    }

    @Test
    void onlyTheAppDeclaresTheClock() {
        ONE_CLOCK.check(ledger);
    }

    @Test
    void theRulesCatchAValueReadAPropertiesClassAndAClockElsewhere() {
        var offender = new ClassFileImporter().importClasses(ReadsAKeyOfItsOwn.class);

        assertThatThrownBy(() -> NO_VALUE_READS.check(offender)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> PROPERTIES_ARE_RECORDS.check(offender)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ONE_CLOCK.check(offender)).isInstanceOf(AssertionError.class);
    }
}
