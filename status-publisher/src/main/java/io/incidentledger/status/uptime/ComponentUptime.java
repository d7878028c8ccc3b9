package io.incidentledger.status.uptime;

import java.math.BigDecimal;
import java.util.List;

/** A component's days, oldest first, and its uptime over them in percent (null: no day had data). */
public record ComponentUptime(String component, List<DayBar> days, BigDecimal percent) {

    public ComponentUptime {
        days = List.copyOf(days);
    }
}
