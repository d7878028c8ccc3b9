package io.incidentledger.app;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat copies a response into its socket buffer and writes it to the socket one buffer at a time: at its 8 KB
 * default, a 240 KB summary.json takes thirty copies and writes. The status page's documents are served whole from
 * memory, so a larger buffer cuts the syscalls per read where readers pile on during an outage.
 */
@Component
class TomcatWriteBuffer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final int BYTES = 64 * 1024;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize", String.valueOf(BYTES)));
    }
}
