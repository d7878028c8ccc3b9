package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.core.LedgerCoreProperties;
import io.incidentledger.core.chain.ChainStore;
import io.incidentledger.core.chain.ChainVerifier;
import io.incidentledger.core.chain.CheckpointStore;
import io.incidentledger.core.chain.Checkpoints;
import io.incidentledger.core.chain.SigningKey;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chain's checkpoints, signed with the configured key, and its verifier. */
@Configuration(proxyBeanMethods = false)
class ChainConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChainConfiguration.class);

    @Bean
    Checkpoints checkpoints(LedgerCoreProperties properties, CheckpointStore checkpointStore) {
        LedgerCoreProperties.Chain chain = properties.chain();
        Optional<SigningKey> key = chain.signingKey() != null && !chain.signingKey().isBlank()
                ? Optional.of(SigningKey.fromBase64(chain.signingKey()))
                : Optional.ofNullable(chain.signingKeyFile()).map(file -> SigningKey.fromFile(file, chain.generateKey()));
        if (key.isEmpty()) {
            log.warn("No checkpoint signing key (LEDGER_CHAIN_SIGNING_KEY): the hash chain is kept, but no checkpoint is signed");
        }
        return new Checkpoints(checkpointStore, key, Clock.systemUTC());
    }

    @Bean
    ChainVerifier chainVerifier(ChainStore store, Checkpoints checkpoints) {
        return new ChainVerifier(store, checkpoints);
    }
}
