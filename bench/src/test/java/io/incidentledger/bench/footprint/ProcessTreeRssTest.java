package io.incidentledger.bench.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessTreeRssTest {

    @Test
    void countsThisJvm() {
        var sample = ProcessTreeRss.sample(ProcessHandle.current().pid(), null);
        assertThat(sample).isNotEmpty();
        assertThat(ProcessTreeRss.total(sample)).isPositive();
    }
}
