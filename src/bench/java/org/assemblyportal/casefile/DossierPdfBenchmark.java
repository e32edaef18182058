package org.assemblyportal.casefile;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.assemblyportal.assembly.ApplicationSamples;
import org.assemblyportal.casefile.DossierData.Exhibit;
import org.assemblyportal.casefile.DossierData.Location;
import org.assemblyportal.casefile.DossierData.Observation;
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

/**
 * The dossier of a large case: 1,000 observation versions, each with a 320 × 240 JPEG thumbnail
 * (noisy, so about the size a phone photo's preview has) and an exhibit line, rendered as PDF/A-2u
 * into a counting stream, as the export job writes it into the ZIP. One render is seconds, so each
 * iteration is a single shot; run with {@code -prof gc} for the bytes allocated per dossier.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class DossierPdfBenchmark {

    static final int OBSERVATIONS = 1_000;

    private PdfRenderer renderer;
    private DossierPdf template;
    private DossierData data;

    @Setup
    public void buildTheCase() throws IOException {
        renderer = new PdfRenderer();
        template = new DossierPdf(ApplicationSamples.translations());
        var thumbnails = new ArrayList<byte[]>();
        var random = new Random(8);
        for (var i = 0; i < 20; i++) {
            thumbnails.add(noisyJpeg(random));
        }
        var observations = new ArrayList<Observation>();
        var exhibits = new ArrayList<Exhibit>();
        var sample = DossierSamples.observations(OBSERVATIONS);
        for (var i = 0; i < OBSERVATIONS; i++) {
            var o = sample.get(i);
            observations.add(new Observation(o.at(), o.segment(), o.category(), o.facts(), o.assessment(), o.monitor(),
                    new Location(43.2592 + i * 1e-5, 76.9458), o.version(), o.retractionReason(),
                    thumbnails.get(i % thumbnails.size())));
            var sha = DossierSamples.sha256("photo " + i);
            exhibits.add(new Exhibit("IMG_" + (2000 + i) + ".jpg", "image/jpeg", 2_400_000 + i, sha,
                    "originals/" + sha.substring(0, 12) + "-IMG_" + (2000 + i) + ".jpg"));
        }
        var almaty = DossierSamples.almaty("kk", false, observations);
        data = new DossierData(almaty.lang(), almaty.zone(), almaty.summary(), almaty.ledger(), almaty.timeline(),
                almaty.filings(), almaty.responses(), almaty.findings(), almaty.claims(), observations, exhibits);
        var bytes = new CountingStream();
        renderer.render(template, data, bytes);
        System.out.printf("%n%d observations, thumbnails %d–%d bytes: dossier of %.1f MB%n", OBSERVATIONS,
                thumbnails.stream().mapToInt(t -> t.length).min().orElse(0),
                thumbnails.stream().mapToInt(t -> t.length).max().orElse(0), bytes.count / 1e6);
    }

    @Benchmark
    public long thousandObservationsWithThumbnails() {
        var out = new CountingStream();
        renderer.render(template, data, out);
        return out.count;
    }

    private static byte[] noisyJpeg(Random random) throws IOException {
        var image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        for (var y = 0; y < 240; y += 4) {
            for (var x = 0; x < 320; x += 4) {
                g.setColor(new Color(random.nextInt(256), 80 + random.nextInt(100), random.nextInt(256)));
                g.fillRect(x, y, 4, 4);
            }
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** Where the export writes is not measured: the ZIP stream costs the same whatever the PDF. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
