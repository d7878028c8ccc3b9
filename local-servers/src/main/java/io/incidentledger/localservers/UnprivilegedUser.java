package io.incidentledger.localservers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Elasticsearch refuses to run as root, so as root it runs as nobody (uid/gid 65534). */
final class UnprivilegedUser {

    static final int UID = 65534;

    private UnprivilegedUser() {
    }

    static boolean jvmIsRoot() {
        try {
            // /proc/self belongs to the effective uid of this process; user.name can be faked by HOME/USER
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static List<String> commandPrefix() {
        return jvmIsRoot()
                ? List.of("setpriv", "--reuid=" + UID, "--regid=" + UID, "--clear-groups")
                : List.of();
    }

    static void giveOwnership(Path dir) throws IOException {
        if (!jvmIsRoot()) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setAttribute(path, "unix:uid", UID, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(path, "unix:gid", UID, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** True when every directory from the root down to {@code path} lets other users pass through. */
    static boolean canTraverse(Path path) throws IOException {
        for (Path dir = path.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir)
                    && !Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    /** Temp dirs are created with mode 700; nobody needs to pass through the data dir to reach its own part. */
    static void allowTraversal(Path dir) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
        if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
            Files.setPosixFilePermissions(dir, permissions);
        }
    }
}
