package io.incidentledger.core.adapter.out.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.core.LedgerCoreProperties;
import io.incidentledger.core.erasure.MasterKey;
import io.incidentledger.core.erasure.MasterKeyMissing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key: required outside the local profile, generated once (owner-only) inside it. */
class ErasureConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void withoutAMasterKeyTheStartStopsWithOneSentenceNamingTheSetting() {
        assertThatThrownBy(() -> new ErasureConfiguration().erasureMasterKey(properties(null, null, false)))
                .isInstanceOf(MasterKeyMissing.class).hasMessageStartingWith("LEDGER_ERASURE_MASTER_KEY is not set:");
    }

    @Test
    void theLocalProfilesKeyIsGeneratedOnceReadableByItsOwnerOnlyAndReadAgainAfter() throws Exception {
        Path file = dir.resolve("erasure/master-key");

        new ErasureConfiguration().erasureMasterKey(properties(null, file, true));
        String first = Files.readString(file);
        new ErasureConfiguration().erasureMasterKey(properties(null, file, true));

        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeyThatIsNot32BytesIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> new ErasureConfiguration().erasureMasterKey(properties("c2hvcnQ=", null, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("c2hvcnQ=");
        assertThat(new ErasureConfiguration().erasureMasterKey(properties(MasterKey.generate(), null, false))).isNotNull();
    }

    private static LedgerCoreProperties properties(String key, Path file, boolean generate) {
        return new LedgerCoreProperties(new LedgerCoreProperties.Kafka(3, (short) 1), List.of(),
                new LedgerCoreProperties.Deliveries(Duration.ofDays(7), Duration.ofHours(1)),
                new LedgerCoreProperties.Chain(null, null, false, Duration.ofHours(1)), List.of(),
                new LedgerCoreProperties.Erasure(key, file, generate));
    }
}
