package io.incidentledger.bench.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessTreePssTest {

    @Test
    void aChildSharingItsLibrariesCountsLessAsPssThanAsRss() throws Exception {
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            var sample = ProcessTreePss.sample(ProcessHandle.current().pid(), null);
            var sleep = sample.get(child.pid() + " sleep");
            assertThat(sleep).as("the child is in the tree").isNotNull();
            assertThat(sleep.pssKb()).isPositive().isLessThan(sleep.rssKb());
            assertThat(ProcessTreePss.totalPssMb(sample)).isPositive().isLessThanOrEqualTo(ProcessTreePss.totalRssMb(sample));
        } finally {
            child.destroy();
        }
    }
}
