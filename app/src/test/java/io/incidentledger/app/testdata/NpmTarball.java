package io.incidentledger.app.testdata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * A published npm package, fetched by the test itself from the registry into target/npm (kept for later runs) and
 * checked against the sha512 {@code dist.integrity} that the registry's metadata gives for it, so the tests run
 * the very code the registry serves, on a machine with only a JDK. Nothing of it is committed.
 */
public record NpmTarball(String tarballUrl, String integrity) {

    private static final Path CACHE = Path.of("target", "npm");

    /** The bytes of one file of the package, such as {@code package/dist/index.js}. */
    public byte[] file(String path) throws IOException, InterruptedException {
        return untar(new GZIPInputStream(new ByteArrayInputStream(verified())), path);
    }

    private byte[] verified() throws IOException, InterruptedException {
        Path cached = CACHE.resolve(tarballUrl.substring(tarballUrl.lastIndexOf('/') + 1));
        if (Files.exists(cached) && matches(Files.readAllBytes(cached))) {
            return Files.readAllBytes(cached);
        }
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        byte[] body = http.send(HttpRequest.newBuilder(URI.create(tarballUrl)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        if (!matches(body)) {
            throw new IllegalStateException(tarballUrl + " does not match its registry integrity " + integrity);
        }
        Files.createDirectories(CACHE);
        Path partial = Files.createTempFile(CACHE, "download", ".tgz");
        Files.write(partial, body);
        Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return body;
    }

    private boolean matches(byte[] tarball) {
        try {
            String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tarball));
            return integrity.equals("sha512-" + digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ustar: 512-byte headers, the name at 0 (prefix at 345), the size in octal at 124, the data padded to 512
    private static byte[] untar(InputStream tar, String wanted) throws IOException {
        byte[] header = new byte[512];
        while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
            String name = field(header, 0, 100);
            String prefix = field(header, 345, 155);
            String path = prefix.isEmpty() ? name : prefix + "/" + name;
            long size = Long.parseLong(field(header, 124, 12).trim(), 8);
            byte[] data = tar.readNBytes((int) size);
            tar.skipNBytes((512 - size % 512) % 512);
            if (path.equals(wanted)) {
                return data;
            }
        }
        throw new IllegalStateException("The package has no " + wanted);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
