package io.incidentledger.bench.jmh;

import io.incidentledger.bench.support.Args;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks of this package; {@code --smoke true} runs each once, in process, for the tests. */
public final class MicroBenchmarks {

    private MicroBenchmarks() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        boolean smoke = args.flag("smoke");
        var options = new OptionsBuilder().include(args.text("include", MicroBenchmarks.class.getPackageName() + ".*"))
                .forks(smoke ? 0 : 1)
                .warmupIterations(smoke ? 0 : 3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(smoke ? 1 : 5).measurementTime(smoke ? TimeValue.milliseconds(200) : TimeValue.seconds(2));
        if (!smoke) {
            options.resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
                    .result(args.text("results", "bench/results") + "/jmh-" + System.currentTimeMillis() + ".json");
        }
        new Runner(options.build()).run();
    }
}
