package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One deadline computation with its full explanation: the Almaty 2022 march (10 working days back
 * over a decreed transfer, 7 working days forward for the akimat). Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

    private Jurisdiction kazakhstan;
    private Jurisdiction england;
    private DeadlineQuery almatyMarch;
    private DeadlineQuery londonProcession;
    private final LocalDate today = LocalDate.of(2026, 11, 24);

    @Setup
    public void loadRules() {
        var jurisdictions = new JurisdictionService();
        kazakhstan = jurisdictions.jurisdiction("KZ").orElseThrow();
        england = jurisdictions.jurisdiction("GB-ENG").orElseThrow();
        almatyMarch = new DeadlineQuery("KZ", AssemblyForm.MARCH, LocalDateTime.parse("2022-03-08T11:00"),
                LocalDate.parse("2022-02-07"));
        londonProcession = new DeadlineQuery("GB-ENG", AssemblyForm.PROCESSION, LocalDateTime.parse("2026-12-12T14:00"),
                null);
    }

    @Benchmark
    public DeadlineResult kazakhMarchWithAuthorityDueDate() {
        return DeadlineCalculator.compute(kazakhstan, almatyMarch, today);
    }

    @Benchmark
    public DeadlineResult englishProcessionClearDays() {
        return DeadlineCalculator.compute(england, londonProcession, today);
    }
}
