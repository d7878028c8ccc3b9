package io.incidentledger.bench.jmh;

import io.incidentledger.bench.support.SlackSigner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The HMAC every Slack request pays before anything else; the ack goal is 25 ms at p99. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlackSignatureBenchmark {

    private final SlackSigner signer = new SlackSigner("local-signing-secret");
    private final String body = "token=bench&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench"
            + "&user_id=U0BENCH&user_name=bench&command=%2Fincident&text=note+INC-7+db+pool+exhausted"
            + "&api_app_id=A0BENCH&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2Fbench&trigger_id=1234";

    @Benchmark
    public String sign() {
        return signer.sign(1_700_000_000L, body);
    }
}
