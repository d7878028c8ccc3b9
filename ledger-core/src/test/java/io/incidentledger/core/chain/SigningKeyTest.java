package io.incidentledger.core.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    private static final byte[] DATA = "{\"merkleRoot\":\"ab\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aKeyReadFromItsBase64DerivesThePublicKeyOfThePairItCameFrom() {
        SigningKey generated = SigningKey.generate();
        SigningKey read = SigningKey.fromBase64(generated.exportPrivate());

        assertThat(read.publicKey()).isEqualTo(generated.publicKey());
        assertThat(SigningKey.verify(generated.publicKey(), DATA, read.sign(DATA))).isTrue();
    }

    @Test
    void anotherKeysSignatureOrOtherDataDoesNotVerify() {
        SigningKey key = SigningKey.generate();
        String signature = key.sign(DATA);

        assertThat(SigningKey.verify(SigningKey.generate().publicKey(), DATA, signature)).isFalse();
        assertThat(SigningKey.verify(key.publicKey(), "{}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(SigningKey.verify(key.publicKey(), DATA, "not base64!")).isFalse();
    }

    @Test
    void theLocalProfilesKeyIsGeneratedOnceOwnerOnlyAndKept() throws Exception {
        Path file = dir.resolve("chain").resolve("signing-key");
        SigningKey first = SigningKey.fromFile(file, true);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SigningKey.fromFile(file, true).publicKey()).isEqualTo(first.publicKey());
    }

    @Test
    void aKeyThatIsNotEd25519IsRefusedWithItsSettingNamed() {
        assertThatThrownBy(() -> SigningKey.fromBase64("bm90IGEga2V5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ledger.core.chain.signing-key");
    }
}
