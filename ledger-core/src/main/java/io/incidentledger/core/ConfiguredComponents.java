package io.incidentledger.core;

import io.incidentledger.api.component.ComponentCatalog;
import java.util.List;
import org.springframework.stereotype.Component;

/** The component catalog from {@code ledger.core.components}: the one bean every module asks for it. */
@Component
class ConfiguredComponents implements ComponentCatalog {

    private final List<String> names;

    ConfiguredComponents(LedgerCoreProperties properties) {
        this.names = properties.components().stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    @Override
    public List<String> names() {
        return names;
    }
}
