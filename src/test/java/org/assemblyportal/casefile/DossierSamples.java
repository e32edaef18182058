package org.assemblyportal.casefile;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.assemblyportal.casefile.DossierData.Claim;
import org.assemblyportal.casefile.DossierData.Coverage;
import org.assemblyportal.casefile.DossierData.Exhibit;
import org.assemblyportal.casefile.DossierData.Filing;
import org.assemblyportal.casefile.DossierData.Finding;
import org.assemblyportal.casefile.DossierData.Ledger;
import org.assemblyportal.casefile.DossierData.Location;
import org.assemblyportal.casefile.DossierData.Observation;
import org.assemblyportal.casefile.DossierData.Response;
import org.assemblyportal.casefile.DossierData.Review;
import org.assemblyportal.casefile.DossierData.Summary;
import org.assemblyportal.casefile.DossierData.TimelineItem;

/**
 * The Almaty march of 8 March 2022 as the lead will hand it to the dossier: refused on 17 February
 * for works on the route, which two monitors did not see. Texts arrive in the document's language;
 * these samples keep the case's own texts (Russian, as the akimat wrote) in every language.
 */
public final class DossierSamples {

    public static final UUID CASE = UUID.fromString("5c1f0a9e-1b2c-4d3e-8f40-123456789abc");
    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    public static final String ORGANIZER = "Айгерім Нұрланқызы";
    public static final String ROOT = sha256("ledger root of the Almaty march");
    public static final String STAMP_SHA = sha256("stamp.png");
    public static final String REFUSAL_SHA = sha256("отказ.pdf");
    public static final String FACTS = "Гоголя көшесінде жөндеу жұмыстары жоқ, жол бос. No works, no fences on Gogol Street.";
    public static final String REASON = "Отказать в связи с ремонтно-монтажными работами на улицах города.\n"
            + "  <b>Гоголя</b> <script>alert('x')</script>";

    private DossierSamples() {
    }

    public static DossierData almaty(String lang, boolean redacted) {
        return almaty(lang, redacted, observations(6));
    }

    public static DossierData almaty(String lang, boolean redacted, List<Observation> observations) {
        var summary = new Summary(CASE, "AP-2022-0001", "Алматы, 8 наурыз 2022: бейбіт шеру / Almaty, 8 March 2022",
                "KZ — Kazakhstan", LocalDate.of(2022, 3, 8), redacted ? null : ORGANIZER, "Refused",
                Instant.parse("2022-03-10T09:15:30Z"), redacted);
        var timeline = List.of(
                new TimelineItem(Instant.parse("2022-02-07T04:00:00Z"), false, "Filing", "Application filed in person"),
                new TimelineItem(day(2022, 2, 16), true, "Deadline", "Last day for the akimat to answer filing 1"),
                new TimelineItem(Instant.parse("2022-02-17T10:00:00Z"), false, "Response",
                        "Refused: works on the streets of the city"),
                new TimelineItem(day(2022, 2, 17), true, "Finding", "The decision is dated after the due date"));
        var filings = List.of(new Filing(1, "March", LocalDate.of(2022, 2, 7), "ЖТ-2022-0207", LocalDate.of(2022, 2, 16),
                List.of("1. Central Park of Culture and Leisure – Gogol Street", "2. Gogol Street – Abay Square")));
        var responses = List.of(new Response(1, "Refused", LocalDate.of(2022, 2, 17),
                Instant.parse("2022-02-17T10:00:00Z"), "05-1/1234", REASON));
        var findings = List.of(new Finding("Answer late",
                "The decision is dated 2022-02-17: 1 day after the authority's last day to answer, 2022-02-16.",
                "Law of the Republic of Kazakhstan No. 333-VI, Art. 13(1)"));
        var claims = List.of(new Claim("Construction works", "Gogol Street", "08.03.2022 11:00–13:00",
                "ремонтно-монтажными работами на улицах города", "Contradicted",
                List.of(new Coverage("1. Central Park – Gogol Street", true, 2, Instant.parse("2022-03-08T05:05:00Z"),
                                Instant.parse("2022-03-08T06:40:00Z"), "Contradicted"),
                        new Coverage("2. Gogol Street – Abay Square", false, 0, null, null, "Not covered")),
                new Review("Contradicted", false, "Two monitors walked the segment twice; photos show an open street.",
                        Instant.parse("2022-03-09T08:00:00Z"))));
        var exhibits = new ArrayList<Exhibit>();
        exhibits.add(new Exhibit("stamp.png", "image/png", 48_213, STAMP_SHA,
                redacted ? null : "originals/" + STAMP_SHA.substring(0, 12) + "-stamp.png"));
        exhibits.add(new Exhibit("отказ.pdf", "application/pdf", 1_204_511, REFUSAL_SHA,
                redacted ? null : "originals/" + REFUSAL_SHA.substring(0, 12) + "-otkaz.pdf"));
        return new DossierData(lang, ALMATY, summary, new Ledger(1_042, ROOT), timeline, filings, responses, findings,
                claims, observations, exhibits);
    }

    /** {@code count} observations along the route, every third a correction, the fifth retracted, all with photos. */
    public static List<Observation> observations(int count) {
        var photo = jpeg(240, 180);
        var list = new ArrayList<Observation>(count);
        for (var i = 0; i < count; i++) {
            var version = i % 3 == 2 ? 2 : 1;
            list.add(new Observation(Instant.parse("2022-03-08T05:00:00Z").plusSeconds(37L * i),
                    "2. Gogol Street – Abay Square", "Obstacle", i == 0 ? FACTS : FACTS + " (" + (i + 1) + ")",
                    "Consistent with the route being open.", "actor-" + String.format("%08x", 0x5c1f0a9eL + i % 4),
                    new Location(43.2592 + i * 0.00001, 76.9458), version,
                    i == 4 ? "Wrong segment chosen" : null, photo));
        }
        return list;
    }

    /** A small RGB JPEG with a gradient, about what the thumbnail job makes of a photo. */
    public static byte[] jpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        for (var x = 0; x < width; x += 8) {
            g.setColor(new Color(x * 255 / width, 120, 255 - x * 255 / width));
            g.fillRect(x, 0, 8, height);
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ALMATY).toInstant();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
