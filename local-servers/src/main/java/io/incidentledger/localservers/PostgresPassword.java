package io.incidentledger.localservers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** The generated superuser password, kept beside the data it protects, readable by its owner only. */
final class PostgresPassword {

    static final String FILE_NAME = "ledger-password";

    private static final SecureRandom random = new SecureRandom();

    private PostgresPassword() {
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** The stored password, or a new one when none is stored yet (written later by {@link #store}). */
    static String readOrGenerate(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (stored.isEmpty()) {
                throw new IllegalStateException(file + " is empty: delete it to have a new password set");
            }
            return stored;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Created with mode 0600 from the start, and forced to disk before the server is told the password. */
    static void store(Path dataDir, String password) throws IOException {
        Path file = file(dataDir);
        if (Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            channel.write(ByteBuffer.wrap((password + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }
}
