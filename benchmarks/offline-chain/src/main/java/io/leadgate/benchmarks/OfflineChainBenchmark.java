package io.leadgate.benchmarks;

import io.leadgate.pipeline.CheckStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JMH benchmark of the offline chain per lead: normalise a demo payload, run the built-in phone, email and IP checks,
 * evaluate the demo's rules. One invocation screens the next lead of a pool of {@value #POOL_SIZE} distinct payloads.
 *
 * <p>Average time gives the mean per lead; sample time gives its distribution (p50, p99...).
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Thread)
public class OfflineChainBenchmark {

    static final int POOL_SIZE = 1024;

    /** Whether a reject ends the chain, as on every demo step; false runs all three steps for every lead. */
    @Param({"true"})
    public boolean stopOnReject;

    private OfflineChain chain;
    private ObjectNode[] leads;
    private int next;

    @Setup
    public void setUp() {
        chain = new OfflineChain(stopOnReject);
        leads = DemoLeads.pool(POOL_SIZE, 20260101L).toArray(ObjectNode[]::new);
        System.out.println();
        System.out.println(describePool(chain, List.of(leads)));
    }

    @Benchmark
    public OfflineChain.Screening screenOneLead() {
        ObjectNode lead = leads[next];
        next = (next + 1) & (POOL_SIZE - 1);
        return chain.screen(lead);
    }

    /** What the pool's leads come to, so the figures can be read against the mix: "refused 3%, accept 71%...". */
    static String describePool(OfflineChain chain, List<ObjectNode> leads) {
        Map<CheckStatus, Integer> dispositions = new EnumMap<>(CheckStatus.class);
        int refused = 0;
        int checks = 0;
        for (ObjectNode lead : leads) {
            OfflineChain.Screening s = chain.screen(lead);
            if (s.refused()) {
                refused++;
            } else {
                dispositions.merge(s.status(), 1, Integer::sum);
                checks += s.checks();
            }
        }
        StringBuilder text = new StringBuilder("pool: " + leads.size() + " leads; refused at intake " + percent(refused, leads.size()));
        for (CheckStatus status : List.of(CheckStatus.PASSED, CheckStatus.FLAGGED, CheckStatus.QUALITY_CONTROL, CheckStatus.REJECTED)) {
            text.append(", ").append(status.id()).append(' ').append(percent(dispositions.getOrDefault(status, 0), leads.size()));
        }
        int screened = leads.size() - refused;
        text.append(String.format("; %.2f checks per screened lead", screened == 0 ? 0.0 : (double) checks / screened));
        return text.toString();
    }

    private static String percent(int count, int total) {
        return Math.round(100.0 * count / total) + "%";
    }
}
