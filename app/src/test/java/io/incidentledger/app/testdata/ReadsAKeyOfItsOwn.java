package io.incidentledger.app.testdata;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** What ConfigurationOwnershipTest's rules refuse: a class properties record, a key read by string, a Clock outside app. */
@ConfigurationProperties("sample")
public class ReadsAKeyOfItsOwn {

    @Bean
    Clock clock(@Value("${ledger.core.components:}") String components) {
        return Clock.systemUTC();
    }
}
