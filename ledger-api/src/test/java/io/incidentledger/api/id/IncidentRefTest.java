package io.incidentledger.api.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IncidentRefTest {

    @Test
    void parsesTheFormPeopleTypeInAnyCase() {
        assertThat(IncidentRef.parse("inc-42")).isEqualTo(new IncidentRef(42));
        assertThat(IncidentRef.parse(" INC-7 ").toString()).isEqualTo("INC-7");
    }

    @Test
    void refusesAnythingElseWithAnExample() {
        assertThat(IncidentRef.tryParse("INC-")).isEmpty();
        assertThat(IncidentRef.tryParse("42")).isEmpty();
        assertThat(IncidentRef.tryParse("INC-0")).isEmpty();
        assertThat(IncidentRef.tryParse("INC-99999999999999999999")).isEmpty();
        assertThat(IncidentRef.tryParse("INC-999999999999999999")).contains(new IncidentRef(999_999_999_999_999_999L));
        assertThatThrownBy(() -> IncidentRef.parse("INC-0")).hasMessageContaining("from INC-1");
        assertThatThrownBy(() -> IncidentRef.parse("bogus")).hasMessageContaining("INC-42");
    }

    @Test
    void severityAcceptsDigitsAndSevNames() {
        assertThat(Severity.parse("2")).contains(Severity.SEV2);
        assertThat(Severity.parse("sev1")).contains(Severity.SEV1);
        assertThat(Severity.parse("5")).isEmpty();
        assertThat(Severity.SEV1.statuspageImpact()).isEqualTo("critical");
    }
}
