package io.incidentledger.core.adapter.out.postgres;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.core.LedgerCoreProperties;
import io.incidentledger.core.erasure.ChatKeyStore;
import io.incidentledger.core.erasure.ChatKeys;
import io.incidentledger.core.erasure.ChatTextUpcaster;
import io.incidentledger.core.erasure.MasterKey;
import io.incidentledger.core.erasure.MasterKeyMissing;
import io.incidentledger.core.erasure.SealingSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Envelope encryption of chat text: the master key, the message keys' table, and the event serializer that seals. */
@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

    @Bean
    MasterKey erasureMasterKey(LedgerCoreProperties properties) {
        LedgerCoreProperties.Erasure erasure = properties.erasure();
        if (erasure.masterKey() != null && !erasure.masterKey().isBlank()) {
            return MasterKey.fromBase64(erasure.masterKey());
        }
        if (erasure.masterKeyFile() == null) {
            throw new MasterKeyMissing();
        }
        return MasterKey.fromFile(erasure.masterKeyFile(), erasure.generateKey());
    }

    @Bean
    ChatKeyStore chatKeyStore(JdbcTemplate jdbc) {
        return new JdbcChatKeyStore(jdbc);
    }

    // replaces Axon's own event serializer (it backs off for a bean of this qualifier)
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper mapper, ChatKeys chatKeys) {
        return new SealingSerializer(mapper, chatKeys);
    }

    @Bean
    ChatKeys chatKeys(MasterKey masterKey, ChatKeyStore keys) {
        return new ChatKeys(masterKey, keys);
    }

    /** Every tracking processor reads the chat keys of a batch at once, as it begins: see {@link BatchChatKeys}. */
    @Autowired
    void readChatKeysPerBatch(EventProcessingConfigurer processing, ObjectProvider<ChatKeyStore> keys) {
        // resolved as the processors are built: this configuration makes both, so asking for them now is a cycle; the
        // serializer is the very instance the event store reads with, which BatchChatKeys needs
        processing.registerDefaultHandlerInterceptor((configuration, processor) ->
                new BatchChatKeys(keys.getObject(), configuration.eventSerializer()));
    }

    // Axon registers every upcaster bean in the event store's chain
    @Bean
    ChatTextUpcaster chatTextUpcaster() {
        return new ChatTextUpcaster();
    }
}
