package io.incidentledger.core.adapter.out.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.incidentledger.api.history.StoredAuthor;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.core.erasure.TopLevelField;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.function.Supplier;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Resolves a {@link StoredAuthor} parameter from the event's stored bytes: the top-level {@code by} of every incident
 * event, which is never sealed. Axon's Spring support asks every {@link ParameterResolverFactory} bean, so handlers
 * outside the ledger's core get the author without seeing how the ledger stores it.
 */
@Component
public final class StoredAuthorResolverFactory implements ParameterResolverFactory {

    private final Supplier<Serializer> events;
    private final ObjectMapper json;
    private final ObjectReader origins;
    private volatile Serializer serializer;

    // the serializer is asked for as handlers are first called: the processors' configuration builds both
    @Autowired
    StoredAuthorResolverFactory(@Qualifier("eventSerializer") ObjectProvider<Serializer> events, ObjectMapper json) {
        this(events::getObject, json);
    }

    /** {@code events}: the serializer the event store reads with, so its stored bytes come back as they are. */
    public StoredAuthorResolverFactory(Supplier<Serializer> events, ObjectMapper json) {
        this.events = events;
        this.json = json;
        this.origins = json.readerFor(ChatOrigin.class);
    }

    // asked for once: a Spring lookup per event cost more than reading the author
    private Serializer serializer() {
        Serializer known = serializer;
        if (known == null) {
            known = events.get();
            serializer = known;
        }
        return known;
    }

    @Override
    public ParameterResolver<ChatOrigin> createInstance(Executable executable, Parameter[] parameters, int index) {
        Parameter parameter = parameters[index];
        if (!parameter.isAnnotationPresent(StoredAuthor.class)) {
            return null;
        }
        if (!parameter.getType().equals(ChatOrigin.class)) {
            throw new IllegalStateException("@StoredAuthor takes a ChatOrigin, not a " + parameter.getType().getName()
                    + ", on " + executable);
        }
        return new ParameterResolver<>() {
            @Override
            public ChatOrigin resolveParameterValue(Message<?> message) {
                return authorOf(message.serializePayload(serializer(), byte[].class).getData());
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }

    ChatOrigin authorOf(byte[] stored) {
        try (JsonParser parser = json.createParser(stored)) {
            return TopLevelField.seek(parser, "by") == JsonToken.START_OBJECT ? origins.readValue(parser) : null;
        } catch (IOException | IllegalArgumentException unreadable) {
            // a stored form this cannot read gives no name; whoever decodes the event will say what is wrong with it
            return null;
        }
    }
}
