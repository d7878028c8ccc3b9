package io.incidentledger.bench.statuspage;

import java.nio.file.Path;

/** Serves a directory's files as they are: the reference the status page is held to. */
interface StaticServer extends AutoCloseable {

    String baseUrl();

    String describe();

    static StaticServer start(Path root) throws Exception {
        return NginxServer.available() ? NginxServer.start(root) : JdkStaticServer.start(root);
    }
}
