package io.incidentledger.bench.support;

import java.util.Map;

/**
 * One measured figure beside its reference from the same run. {@code ratio} is value / reference; p50, p99 and
 * max are milliseconds where a latency applies (NaN otherwise).
 */
public record Figure(
        String name,
        double value,
        String unit,
        String reference,
        double referenceValue,
        double p50,
        double p99,
        double max,
        String notes,
        Map<String, Object> details) {

    public double ratio() {
        return referenceValue == 0 || Double.isNaN(referenceValue) ? Double.NaN : value / referenceValue;
    }
}
