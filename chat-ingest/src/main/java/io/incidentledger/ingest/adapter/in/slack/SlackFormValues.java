package io.incidentledger.ingest.adapter.in.slack;

import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** A submitted form's values by block id, as Slack sends them in {@code view.state.values}. */
final class SlackFormValues {

    private final Map<String, Map<String, ViewState.Value>> values;

    SlackFormValues(ViewState state) {
        this.values = state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    String text(String block) {
        return inputs(block).map(ViewState.Value::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    String selected(String block, String fallback) {
        return inputs(block).map(ViewState.Value::getSelectedOption).filter(Objects::nonNull)
                .map(ViewState.SelectedOption::getValue).findFirst().orElse(fallback);
    }

    String user(String block) {
        return inputs(block).map(ViewState.Value::getSelectedUser).filter(Objects::nonNull).findFirst().orElse(null);
    }

    List<String> options(String block) {
        return inputs(block).flatMap(v -> v.getSelectedOptions() == null ? Stream.empty() : v.getSelectedOptions().stream())
                .map(ViewState.SelectedOption::getValue).toList();
    }

    private Stream<ViewState.Value> inputs(String block) {
        return values.getOrDefault(block, Map.of()).values().stream().filter(Objects::nonNull);
    }
}
