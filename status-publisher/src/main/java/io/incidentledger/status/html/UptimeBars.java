package io.incidentledger.status.html;

import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.status.statuspage.ComponentHealth;
import io.incidentledger.status.text.PageTexts;
import io.incidentledger.status.uptime.ComponentUptime;
import io.incidentledger.status.uptime.DayBar;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One bar per day, coloured by the day's worst status. Each bar is focusable and holds its own text (date and
 * minutes per status): visually hidden but read by screen readers, shown as a tooltip on hover and on keyboard
 * focus. Narrow screens show the last 30 days only.
 */
final class UptimeBars {

    static final String CSS = """
            .board ul{list-style:none;padding:0;margin:0}
            .board .component{border-top:1px solid #eee;padding:.5rem 0}
            .board .row{display:flex;justify-content:space-between;gap:.5rem}
            .board .description{margin:0;color:#555;font-size:.875rem}
            .board details>summary{cursor:pointer;padding:.5rem 0;border-top:1px solid #eee}
            .board details>summary .row{display:inline-flex;width:calc(100% - 1.5rem)}
            .board details ul{padding-left:1rem}
            .bars{display:flex;gap:2px;list-style:none;padding:0;margin:.4rem 0 0;height:2rem}
            .bar{flex:1;min-width:2px;border-radius:2px;position:relative}
            .bar.operational{background:#1e7b34}.bar.degraded_performance{background:#b35c00}
            .bar.partial_outage{background:#c2410c}.bar.major_outage{background:#b3261e}
            .bar.under_maintenance{background:#1d4ed8}.bar.no-data{background:#d4d4d4}
            .bar:focus{outline:3px solid #0b57d0;outline-offset:1px}
            .board li.group,.board li.component{background:none}
            .board .component-status.is-operational{color:#1e7b34}
            .board .component-status.is-degraded_performance,.board .component-status.is-under_maintenance{color:#9a4a00}
            .board .component-status.is-partial_outage,.board .component-status.is-major_outage{color:#b3261e}
            .bar .tip{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            .bar:hover .tip,.bar:focus .tip{bottom:2.4rem;left:50%;transform:translateX(-50%);z-index:1;width:max-content;
            max-width:14rem;height:auto;overflow:visible;clip:auto;white-space:normal;padding:.4rem .5rem;
            background:#1a1a1a;color:#fff;font-size:.8rem;border-radius:4px}
            .bar:nth-child(-n+20):hover .tip,.bar:nth-child(-n+20):focus .tip{left:0;transform:none}
            .bar:nth-last-child(-n+20):hover .tip,.bar:nth-last-child(-n+20):focus .tip{left:auto;right:0;transform:none}
            .uptime-figures{display:flex;justify-content:space-between;margin:.2rem 0 0;color:#555;font-size:.8rem}
            .days-30{display:none}
            @media (max-width:600px){.bar:nth-child(-n+60){display:none}.days-90{display:none}.days-30{display:inline}}
            """;
    private UptimeBars() {
    }

    static void render(StringBuilder html, ComponentUptime uptime, PageTexts texts) {
        html.append("<ol class=\"bars\" aria-label=\"").append(texts.html("uptime.bars", PageFrame.escape(uptime.component())))
                .append("\">");
        uptime.days().forEach(day -> html.append("<li class=\"bar ").append(day.noData() ? "no-data" : day.worst().wireName())
                .append("\" tabindex=\"0\"><span class=\"tip\">").append(PageFrame.escape(text(day, texts)))
                .append("</span></li>"));
        html.append("</ol><p class=\"uptime-figures\"><span><span class=\"days-90\">").append(texts.html("uptime.days-90"))
                .append("</span><span class=\"days-30\">").append(texts.html("uptime.days-30"))
                .append("</span></span><span class=\"percent\">").append(uptime.percent() == null
                        ? texts.html("uptime.no-data") : texts.html("uptime.percent", percent(uptime.percent(), texts)))
                .append("</span><span>").append(texts.html("uptime.today")).append("</span></p>");
    }

    /** What a bar says: its date, then each status it had, worst first, in minutes. */
    static String text(DayBar day, PageTexts texts) {
        if (day.noData()) {
            return texts.text("uptime.day.no-data", texts.day(day.date()));
        }
        return texts.day(day.date()) + ": " + Stream.of(ComponentStatus.values())
                .sorted(ComponentHealth.BY_SEVERITY.reversed()).filter(status -> day.time().containsKey(status))
                .map(status -> texts.text("uptime.minutes", texts.text("component." + status.wireName()),
                        day.minutes(status)))
                .collect(Collectors.joining(", "));
    }

    private static String percent(BigDecimal percent, PageTexts texts) {
        var format = NumberFormat.getNumberInstance(texts.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(java.math.RoundingMode.DOWN);
        return format.format(percent);
    }
}
