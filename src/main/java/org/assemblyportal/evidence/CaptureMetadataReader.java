package org.assemblyportal.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.media.QuickTimeVideoDirectory;
import com.drew.metadata.mov.metadata.QuickTimeMetadataDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mp4.media.Mp4VideoDirectory;
import com.drew.metadata.png.PngDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the capture metadata of a stored original with drewnoakes' metadata-extractor, which only
 * reads. A file whose metadata is absent, damaged or in a format the library does not know gives
 * {@link CaptureMetadata#none()} (or whatever part could be read): metadata never costs an upload.
 */
@Component
public class CaptureMetadataReader {

    private static final Logger log = LoggerFactory.getLogger(CaptureMetadataReader.class);
    private static final DateTimeFormatter EXIF_DATE_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    /** ISO 6709 as QuickTime writes it: "+43.2380+076.9450+800.000/". */
    private static final Pattern ISO_6709 = Pattern.compile("([+-]\\d+(?:\\.\\d+)?)([+-]\\d+(?:\\.\\d+)?)([+-]\\d+(?:\\.\\d+)?)?");
    /** QuickTime counts from 1904: a creation time before digital phones means the field was never set. */
    private static final LocalDateTime EARLIEST_CAPTURE = LocalDateTime.of(1990, 1, 1, 0, 0);

    private final BlobStore store;

    CaptureMetadataReader(BlobStore store) {
        this.store = store;
    }

    /** The capture metadata of the stored original with this hash; the original is opened read-only. */
    public CaptureMetadata read(String sha256) {
        return read(store.file(sha256));
    }

    static CaptureMetadata read(Path file) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (Exception | StackOverflowError unreadable) {
            // Unknown format, damaged file, or a library fault on hostile input: no metadata, the upload stands.
            log.debug("No capture metadata in {}: {}", file.getFileName(), unreadable.toString());
            return CaptureMetadata.none();
        }
        try {
            return fromMetadata(metadata);
        } catch (RuntimeException odd) {
            log.debug("Capture metadata of {} not understood: {}", file.getFileName(), odd.toString());
            return CaptureMetadata.none();
        }
    }

    private static CaptureMetadata fromMetadata(Metadata metadata) {
        var ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        var exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        var gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        var quickTime = metadata.getFirstDirectoryOfType(QuickTimeMetadataDirectory.class);

        LocalDateTime capturedAt = null;
        ZoneOffset offset = null;
        if (exif != null) {
            capturedAt = exifDateTime(exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
            offset = offset(exif.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL));
        }
        if (capturedAt == null) {
            var created = firstDate(metadata, Mp4Directory.class, Mp4Directory.TAG_CREATION_TIME);
            if (created == null) {
                created = firstDate(metadata, QuickTimeDirectory.class, QuickTimeDirectory.TAG_CREATION_TIME);
            }
            if (created != null) {
                var utc = LocalDateTime.ofInstant(created.toInstant(), ZoneOffset.UTC);
                if (utc.isAfter(EARLIEST_CAPTURE)) {
                    capturedAt = utc;
                    offset = ZoneOffset.UTC;
                }
            }
        }

        Double latitude = null;
        Double longitude = null;
        Double altitude = null;
        var location = gps == null ? null : gps.getGeoLocation();
        if (location != null && !location.isZero()) {
            latitude = location.getLatitude();
            longitude = location.getLongitude();
            altitude = altitude(gps);
        } else if (quickTime != null && quickTime.getString(QuickTimeMetadataDirectory.TAG_LOCATION_ISO6709) != null) {
            var matcher = ISO_6709.matcher(quickTime.getString(QuickTimeMetadataDirectory.TAG_LOCATION_ISO6709));
            if (matcher.lookingAt()) {
                latitude = Double.valueOf(matcher.group(1));
                longitude = Double.valueOf(matcher.group(2));
                altitude = matcher.group(3) == null ? null : Double.valueOf(matcher.group(3));
            }
        } else {
            var mp4 = metadata.getFirstDirectoryOfType(Mp4Directory.class);
            if (mp4 != null && mp4.containsTag(Mp4Directory.TAG_LATITUDE) && mp4.containsTag(Mp4Directory.TAG_LONGITUDE)) {
                latitude = number(mp4, Mp4Directory.TAG_LATITUDE);
                longitude = number(mp4, Mp4Directory.TAG_LONGITUDE);
            }
        }
        if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180
                || (latitude == 0 && longitude == 0)) {
            // Out of range is a broken tag; exactly 0°, 0° is what some phones write without a fix.
            latitude = null;
            longitude = null;
            altitude = null;
        }

        var make = text(ifd0, ExifIFD0Directory.TAG_MAKE);
        var model = text(ifd0, ExifIFD0Directory.TAG_MODEL);
        if (make == null && model == null && quickTime != null) {
            make = text(quickTime, QuickTimeMetadataDirectory.TAG_MAKE);
            model = text(quickTime, QuickTimeMetadataDirectory.TAG_MODEL);
        }

        var width = firstInt(metadata, JpegDirectory.class, JpegDirectory.TAG_IMAGE_WIDTH, PngDirectory.class,
                PngDirectory.TAG_IMAGE_WIDTH, Mp4VideoDirectory.class, Mp4VideoDirectory.TAG_WIDTH,
                QuickTimeVideoDirectory.class, QuickTimeVideoDirectory.TAG_WIDTH, ExifSubIFDDirectory.class,
                ExifSubIFDDirectory.TAG_EXIF_IMAGE_WIDTH);
        var height = firstInt(metadata, JpegDirectory.class, JpegDirectory.TAG_IMAGE_HEIGHT, PngDirectory.class,
                PngDirectory.TAG_IMAGE_HEIGHT, Mp4VideoDirectory.class, Mp4VideoDirectory.TAG_HEIGHT,
                QuickTimeVideoDirectory.class, QuickTimeVideoDirectory.TAG_HEIGHT, ExifSubIFDDirectory.class,
                ExifSubIFDDirectory.TAG_EXIF_IMAGE_HEIGHT);

        var seconds = firstNumber(metadata, Mp4Directory.class, Mp4Directory.TAG_DURATION_SECONDS);
        if (seconds == null) {
            seconds = firstNumber(metadata, QuickTimeDirectory.class, QuickTimeDirectory.TAG_DURATION_SECONDS);
        }
        var duration = seconds == null || seconds <= 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));

        Integer orientation = null;
        if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            var value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            orientation = value != null && value >= 1 && value <= 8 ? value : null;
        }

        return new CaptureMetadata(capturedAt, offset, latitude, longitude, altitude, make, model, width, height,
                duration, orientation);
    }

    private static LocalDateTime exifDateTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            // Some devices add sub-seconds or a trailing NUL; the first 19 characters are the standard form.
            return LocalDateTime.parse(text.strip().substring(0, Math.min(19, text.strip().length())), EXIF_DATE_TIME);
        } catch (DateTimeParseException unset) {
            // "0000:00:00 00:00:00" or blanks: the camera had no time.
            return null;
        }
    }

    private static ZoneOffset offset(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZoneOffset.of(text.strip());
        } catch (java.time.DateTimeException notAnOffset) {
            return null;
        }
    }

    private static Double altitude(GpsDirectory gps) {
        var altitude = gps.getRational(GpsDirectory.TAG_ALTITUDE);
        if (altitude == null || altitude.getDenominator() == 0) {
            return null;
        }
        var belowSeaLevel = Integer.valueOf(1).equals(gps.getInteger(GpsDirectory.TAG_ALTITUDE_REF));
        return belowSeaLevel ? -altitude.doubleValue() : altitude.doubleValue();
    }

    private static String text(Directory directory, int tag) {
        if (directory == null) {
            return null;
        }
        var value = directory.getString(tag);
        if (value == null) {
            return null;
        }
        var cleaned = value.replace("\0", "").strip();
        return cleaned.isEmpty() ? null : cleaned.substring(0, Math.min(cleaned.length(), 100));
    }

    private static Double number(Directory directory, int tag) {
        var value = directory.getObject(tag);
        if (value instanceof Rational rational) {
            return rational.getDenominator() == 0 ? null : rational.doubleValue();
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static <D extends Directory> Double firstNumber(Metadata metadata, Class<D> type, int tag) {
        return first(metadata, type, d -> d.containsTag(tag) ? number(d, tag) : null);
    }

    private static <D extends Directory> Date firstDate(Metadata metadata, Class<D> type, int tag) {
        return first(metadata, type, d -> d.getDate(tag));
    }

    /** The first positive whole number found, trying (directory type, tag) pairs in order. */
    @SuppressWarnings("unchecked")
    private static Integer firstInt(Metadata metadata, Object... typesAndTags) {
        for (int i = 0; i < typesAndTags.length; i += 2) {
            var type = (Class<? extends Directory>) typesAndTags[i];
            var tag = (Integer) typesAndTags[i + 1];
            var value = first(metadata, type, d -> d.containsTag(tag) ? number(d, tag) : null);
            if (value != null && value >= 1 && value <= Integer.MAX_VALUE) {
                return value.intValue();
            }
        }
        return null;
    }

    private static <D extends Directory, T> T first(Metadata metadata, Class<D> type, Function<D, T> value) {
        for (var directory : metadata.getDirectoriesOfType(type)) {
            var found = value.apply(directory);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
