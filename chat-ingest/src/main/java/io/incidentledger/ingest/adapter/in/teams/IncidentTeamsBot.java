package io.incidentledger.ingest.adapter.in.teams;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.MessageReaction;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.ingest.application.ChatCommand;
import io.incidentledger.ingest.application.ChatCommandService;
import io.incidentledger.ingest.application.ChatRecordService;
import io.incidentledger.ingest.command.HelpText;
import io.incidentledger.ingest.teams.TeamsText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The Teams bot. A message that mentions the bot (or any message in a personal chat) is a command in the same
 * language as Slack's; any other message in an incident's thread goes into the flight recorder.
 */
final class IncidentTeamsBot extends ActivityHandler {

    private final ChatCommandService commands;
    private final ChatRecordService record;
    private final List<String> timelineReactions;
    private final Clock clock;

    IncidentTeamsBot(ChatCommandService commands, ChatRecordService record, List<String> timelineReactions, Clock clock) {
        this.commands = commands;
        this.record = record;
        this.timelineReactions = timelineReactions;
        this.clock = clock;
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (isCommand(activity)) {
            var command = new ChatCommand(origin(activity), TeamsText.command(activity.getText(), people(activity)),
                    "teams-" + activity.getId(), clock.instant());
            // within the chat intake's bound, as the messages are: a full intake answers 503 (TeamsBotController)
            var reply = record.admitted(() -> commands.handle(command));
            return turn.sendActivity(MessageFactory.text(reply.text())).thenApply(sent -> null);
        }
        record.said(origin(activity), activity.getId(), activity.getReplyToId(), TeamsText.plain(activity.getText()),
                time(activity), "teams-" + activity.getId());
        return CompletableFuture.completedFuture(null);
    }

    // the SDK's onMembersAdded leaves the bot itself out; being added is exactly when to introduce ourselves
    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        List<ChannelAccount> added = turn.getActivity().getMembersAdded();
        String bot = turn.getActivity().getRecipient().getId();
        if (added != null && added.stream().anyMatch(member -> bot.equals(member.getId()))) {
            return turn.sendActivity(MessageFactory.text("Hello! Mention me with a command. " + HelpText.all()))
                    .thenApply(sent -> null);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onReactionsAdded(List<MessageReaction> reactions, TurnContext turn) {
        Activity activity = turn.getActivity();
        reactions.stream().filter(reaction -> timelineReactions.contains(reaction.getType())).forEach(reaction ->
                record.reacted(origin(activity), activity.getReplyToId(), reaction.getType(), time(activity),
                        "teams-" + activity.getId() + "-" + reaction.getType()));
        return CompletableFuture.completedFuture(null);
    }

    // messageUpdate and messageDelete are Teams activity types the generic handler does not know
    @Override
    protected CompletableFuture<Void> onUnrecognizedActivityType(TurnContext turn) {
        Activity activity = turn.getActivity();
        String delivery = "teams-" + activity.getType() + "-" + activity.getId() + "-" + activity.getTimestamp();
        if ("messageUpdate".equals(activity.getType())) {
            record.edited(origin(activity), activity.getId(), TeamsText.plain(activity.getText()), time(activity), delivery);
        } else if ("messageDelete".equals(activity.getType())) {
            record.deleted(origin(activity), activity.getId(), time(activity), delivery);
        }
        return CompletableFuture.completedFuture(null);
    }

    private static boolean isCommand(Activity activity) {
        boolean personal = activity.getConversation() != null && "personal".equals(activity.getConversation().getConversationType());
        String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return personal || activity.getMentions().stream()
                .anyMatch(mention -> mention.getMentioned() != null && bot != null && bot.equals(mention.getMentioned().getId()));
    }

    // everyone mentioned but the bot itself, which is how a channel addresses it
    private static List<TeamsText.Mention> people(Activity activity) {
        String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return activity.getMentions().stream()
                .filter(m -> m.getMentioned() != null && m.getText() != null && userId(m.getMentioned()) != null
                        && !Objects.equals(m.getMentioned().getId(), bot))
                .map(m -> new TeamsText.Mention(m.getText(), userId(m.getMentioned()), m.getMentioned().getName())).toList();
    }

    /** The id RBAC knows a Teams user by: the Entra object id when Teams sends it, else the channel account id. */
    static String userId(ChannelAccount account) {
        return account.getAadObjectId() != null ? account.getAadObjectId() : account.getId();
    }

    private Instant time(Activity activity) {
        return activity.getTimestamp() == null ? clock.instant() : activity.getTimestamp().toInstant();
    }

    // the thread is the conversation: replies and commands in it name no incident
    private static ChatOrigin origin(Activity activity) {
        ChannelAccount from = activity.getFrom();
        String id = from == null ? "unknown" : userId(from);
        return new ChatOrigin(Platform.TEAMS, activity.getConversation().getId(), new ChatUser(id, from == null ? null : from.getName()));
    }
}
