package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/** The connector Boot builds writes a response to its socket 64 KB at a time, not Tomcat's 8 KB. */
class TomcatWriteBufferTest {

    @Test
    void givenBootsTomcatFactory_whenCustomized_thenItsConnectorHasTheLargerWriteBuffer() {
        var factory = new TomcatServletWebServerFactory();
        var connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        assertThat(connector.getProperty("socket.appWriteBufSize")).as("Tomcat's default").hasToString("8192");

        new TomcatWriteBuffer().customize(factory);
        factory.getTomcatConnectorCustomizers().forEach(customizer -> customizer.customize(connector));

        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(TomcatWriteBuffer.BYTES));
    }
}
