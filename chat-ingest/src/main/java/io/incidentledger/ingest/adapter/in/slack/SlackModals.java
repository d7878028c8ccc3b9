package io.incidentledger.ingest.adapter.in.slack;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/** The forms: declare an incident (monzo/response's /incident form), and update its status. */
final class SlackModals {

    static final String DECLARE = "declare_incident";
    static final String UPDATE_STATUS = "update_status";
    private static final List<String> STATES = List.of("investigating", "identified", "monitoring", "resolved");

    private SlackModals() {
    }

    static View declareForm(String channelId, List<String> components) {
        List<OptionObject> severities = List.of(sev("1", "SEV1: critical"), sev("2", "SEV2: major"),
                sev("3", "SEV3: minor"), sev("4", "SEV4: low"));
        List<LayoutBlock> blocks = new ArrayList<>(asBlocks(
                input(i -> i.blockId("title").label(plainText("Title"))
                        .element(plainTextInput(p -> p.actionId("title").maxLength(200)))),
                input(i -> i.blockId("summary").optional(true).label(plainText("Summary"))
                        .element(plainTextInput(p -> p.actionId("summary").multiline(true)))),
                input(i -> i.blockId("impact").optional(true).label(plainText("Customer impact"))
                        .element(plainTextInput(p -> p.actionId("impact").multiline(true)))),
                input(i -> i.blockId("severity").label(plainText("Severity")).element(staticSelect(s -> s
                        .actionId("severity").options(severities).initialOption(severities.get(2))))),
                input(i -> i.blockId("lead").optional(true).label(plainText("Lead (you, if empty)"))
                        .element(usersSelect(u -> u.actionId("lead"))))));
        if (!components.isEmpty()) {
            blocks.add(input(i -> i.blockId("components").optional(true).label(plainText("Affected components"))
                    .element(multiStaticSelect(m -> m.actionId("components")
                            .options(components.stream().map(c -> option(plainText(c), c)).toList())))));
        }
        return view(v -> v.type("modal").callbackId(DECLARE).privateMetadata(channelId)
                .title(viewTitle(t -> t.type("plain_text").text("Declare an incident")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Declare")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static View statusForm(String ref, String channelId, String preselected) {
        List<OptionObject> states = STATES.stream().map(s -> option(plainText(s), s)).toList();
        OptionObject initial = states.get(Math.max(0, STATES.indexOf(preselected)));
        return view(v -> v.type("modal").callbackId(UPDATE_STATUS).privateMetadata(ref + " " + channelId)
                .title(viewTitle(t -> t.type("plain_text").text("Update " + ref)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Post update")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        input(i -> i.blockId("state").label(plainText("Status")).element(staticSelect(s -> s
                                .actionId("state").options(states).initialOption(initial)))),
                        input(i -> i.blockId("message").label(plainText("What should people know?"))
                                .element(plainTextInput(p -> p.actionId("message").multiline(true)))))));
    }

    private static OptionObject sev(String value, String label) {
        return option(plainText(label), value);
    }
}
