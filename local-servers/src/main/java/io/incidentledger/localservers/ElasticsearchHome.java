package io.incidentledger.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/** Finds an Elasticsearch distribution that the (possibly unprivileged) server user can read. */
final class ElasticsearchHome {

    private ElasticsearchHome() {
    }

    static Path resolve(Path configuredHome) {
        Path home = configuredHome.toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("No Elasticsearch distribution at " + home
                    + " (set ledger.local.elasticsearch-home to the unpacked integ-test zip)");
        }
        try {
            if (!UnprivilegedUser.jvmIsRoot() || readableByOthers(home)) {
                return home;
            }
            return worldReadableCopy(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Elasticsearch home " + home, e);
        }
    }

    private static boolean readableByOthers(Path home) throws IOException {
        return UnprivilegedUser.canTraverse(home.resolve("lib"))
                && Files.getPosixFilePermissions(home.resolve("bin/elasticsearch"))
                        .containsAll(Set.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
    }

    /** A repo cloned under /root (mode 700) is unreachable for nobody, so the distribution is copied once. */
    private static Path worldReadableCopy(Path home) throws IOException {
        Path cacheRoot = Path.of(System.getProperty("java.io.tmpdir"), "ledger-elasticsearch");
        Path target = cacheRoot.resolve(home.getFileName().toString());
        if (Files.isRegularFile(target.resolve("bin/elasticsearch"))) {
            return target;
        }
        Files.createDirectories(cacheRoot);
        UnprivilegedUser.allowTraversal(cacheRoot);
        // copy beside the target and rename, so a concurrent JVM never sees a half-copied home
        Path staging = Files.createTempDirectory(cacheRoot, "copy-");
        copyWorldReadable(home, staging);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException
                 | java.nio.file.DirectoryNotEmptyException lostRace) {
            FileSystemUtils.deleteRecursively(staging);
        }
        return target;
    }

    private static void copyWorldReadable(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(copy);
                permissions.add(PosixFilePermission.OTHERS_READ);
                if (Files.isDirectory(copy) || permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
                    permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                }
                Files.setPosixFilePermissions(copy, permissions);
            }
        }
    }
}
