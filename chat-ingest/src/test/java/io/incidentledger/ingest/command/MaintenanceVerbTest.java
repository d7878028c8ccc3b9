package io.incidentledger.ingest.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.maintenance.*;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The maintenance verbs through the table: the line typed, the ledger command it becomes, the words of its acceptance. */
class MaintenanceVerbTest {

    private static final ChatOrigin BY = new ChatOrigin(Platform.SLACK, "C0OPS", new ChatUser("U0ADA", "ada"));
    private static final String DELIVERY = "Ev0MNT";
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final MaintenanceRef MNT = new MaintenanceRef(12);

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyVerb")
    void eachLineBecomesItsLedgerCommandAndIsWordedFromWhatWasTyped(String line, MaintenanceCommand expected,
                                                                   Object result, String reply) {
        var order = order(line);
        var maintains = (Effect.Maintains) Verb.of(order.parsed()).effect();

        assertThat(maintains.translate().apply(order)).isEqualTo(expected);
        assertThat(maintains.wording().accepted(order, result)).isEqualTo(reply);
    }

    static Stream<Arguments> everyVerb() {
        return Stream.of(
                Arguments.of("maintenance 2026-12-05T02:00Z 2026-12-05T05:00+01:00 Database upgrade components=API,Checkout repeat=weekly:4",
                        new ScheduleMaintenance("Database upgrade", Instant.parse("2026-12-05T02:00:00Z"),
                                Instant.parse("2026-12-05T04:00:00Z"), List.of("API", "Checkout"), List.of(),
                                new Recurrence(Recurrence.Frequency.WEEKLY, 3), BY, DELIVERY, AT), MNT,
                        "\uD83D\uDEE0 MNT-12 scheduled by ada: Database upgrade, 2026-12-05T02:00Z to 2026-12-05T05:00+01:00."),
                Arguments.of("maintenance-start mnt-12", new StartMaintenance(MNT, BY, DELIVERY, AT), null, "MNT-12 is in progress."),
                Arguments.of("maintenance-verify MNT-12", new VerifyMaintenance(MNT, BY, DELIVERY, AT), null, "MNT-12 is verifying."),
                Arguments.of("maintenance-complete MNT-12", new CompleteMaintenance(MNT, BY, DELIVERY, AT), null, "MNT-12 is completed."),
                Arguments.of("maintenance-cancel MNT-12 Vendor postponed", new CancelMaintenance(MNT, "Vendor postponed", BY, DELIVERY, AT),
                        null, "MNT-12 is cancelled."),
                Arguments.of("maintenance-update MNT-12 Halfway there", new PostMaintenanceUpdate(MNT, "Halfway there", BY, DELIVERY, AT),
                        null, "Update posted to MNT-12: Halfway there"));
    }

    @Test
    void everyMaintenanceVerbHasACaseAbove() {
        var covered = everyVerb().map(arguments -> ((String) arguments.get()[0]).split(" ")[0]).toList();
        var maintaining = Arrays.stream(Verb.values()).filter(verb -> verb.effect() instanceof Effect.Maintains).map(Verb::word).toList();

        assertThat(covered).containsExactlyInAnyOrderElementsOf(maintaining);
    }

    @Test
    void aTimeThatIsNoInstantIsRefusedWithTheFormToUse() {
        var order = order("maintenance tomorrow 2026-12-05T04:00Z Upgrade components=API");

        assertThatThrownBy(() -> ((Effect.Maintains) Verb.MAINTENANCE.effect()).translate().apply(order))
                .isInstanceOf(CommandRefused.class)
                .hasMessage("'tomorrow' isn't a time: write it as 2026-12-05T02:00Z (ISO-8601, with Z or an offset such as +01:00).");
    }

    @Test
    void aWordThatIsNoMaintenanceReferenceIsRefused() {
        var order = order("maintenance-start INC-12");

        assertThatThrownBy(() -> ((Effect.Maintains) Verb.MAINTENANCE_START.effect()).translate().apply(order))
                .isInstanceOf(CommandRefused.class).hasMessage("'INC-12' is no maintenance window: references look like MNT-12.");
    }

    @Test
    void anUnreadableRepeatIsRefused() {
        var order = order("maintenance 2026-12-05T02:00Z 2026-12-05T04:00Z Upgrade components=API repeat=monthly:2");

        assertThatThrownBy(() -> ((Effect.Maintains) Verb.MAINTENANCE.effect()).translate().apply(order))
                .isInstanceOf(CommandRefused.class).hasMessage("'monthly' isn't a recurrence: use daily:<count> or weekly:<count>.");
    }

    private static MaintenanceOrder order(String line) {
        var parsed = ((ParseResult.Parsed) CommandParser.parse(line)).command();
        return new MaintenanceOrder(parsed, BY, DELIVERY, AT);
    }
}
