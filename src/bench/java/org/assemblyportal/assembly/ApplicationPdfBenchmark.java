package org.assemblyportal.assembly;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.ShippedJurisdictions;
import org.assemblyportal.pdf.PdfRenderer;
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
import org.springframework.context.MessageSource;

/**
 * One one-page application PDF, warm: the London procession notice resolved from its rule file
 * and rendered as PDF/A-2u with embedded font subsets and the QR footer, what the API does per
 * request apart from reading the draft. Run with {@code -prof gc} for the bytes allocated per
 * document: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ApplicationPdfBenchmark {

    private PdfRenderer renderer;
    private ApplicationPdf template;
    private ApplicationDocumentBuilder builder;
    private Jurisdiction england;
    private ApplicationData procession;
    private final List<Locale> english = List.of(Locale.ENGLISH);

    @Setup
    public void parseFontsAndRules() {
        renderer = new PdfRenderer();
        template = new ApplicationPdf();
        MessageSource messages = ApplicationSamples.translations();
        builder = new ApplicationDocumentBuilder(messages);
        england = ShippedJurisdictions.of("GB-ENG");
        procession = ApplicationSamples.londonProcession();
    }

    @Benchmark
    public byte[] onePageNotification() {
        var document = builder.build(england, procession, english, CaseReference.of(ApplicationSamples.LONDON_CASE));
        return renderer.render(template, document);
    }
}
