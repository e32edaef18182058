package org.assemblyportal.evidence;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Small photos made in the test: a JPEG or PNG drawn by {@code javax.imageio}, and for JPEGs an
 * APP1/EXIF segment written byte by byte (metadata-extractor only reads): a big-endian TIFF with
 * IFD0 (Make, Model, Orientation), an EXIF IFD (DateTimeOriginal, OffsetTimeOriginal) and a GPS IFD.
 */
public final class ExifJpeg {

    static final String MAKE = "Apple";
    static final String MODEL = "iPhone 13";
    static final String DATE_TIME_ORIGINAL = "2022:02:20 11:05:17";
    static final String OFFSET_TIME_ORIGINAL = "+06:00";

    private static final short ASCII = 2;
    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;
    private static final short BYTE = 1;

    private ExifJpeg() {
    }

    /** A JPEG of the given size with the EXIF above: Almaty, 43.238° N 76.945° E, 800 m, and this orientation. */
    public static byte[] withExif(int width, int height, int orientation) {
        var jpeg = image(width, height, "jpg");
        var app1 = app1(orientation);
        // After SOI (FF D8) and before everything else.
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(app1, 0, app1.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A picture with a gradient, so that its JPEG is not trivially small: "jpg" or "png". */
    public static byte[] image(int width, int height, String format) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] app1(int orientation) {
        var ifd0 = new Ifd();
        ifd0.ascii(0x010F, MAKE);
        ifd0.ascii(0x0110, MODEL);
        ifd0.entry(0x0112, SHORT, 1, ByteBuffer.allocate(2).putShort((short) orientation).array());
        var exifPointer = ifd0.entry(0x8769, LONG, 1, new byte[4]);
        var gpsPointer = ifd0.entry(0x8825, LONG, 1, new byte[4]);
        var exif = new Ifd();
        exif.ascii(0x9003, DATE_TIME_ORIGINAL);
        exif.ascii(0x9011, OFFSET_TIME_ORIGINAL);
        var gps = new Ifd();
        gps.ascii(0x0001, "N");
        gps.entry(0x0002, RATIONAL, 3, rationals(43, 1, 14, 1, 1680, 100));
        gps.ascii(0x0003, "E");
        gps.entry(0x0004, RATIONAL, 3, rationals(76, 1, 56, 1, 4200, 100));
        gps.entry(0x0005, BYTE, 1, new byte[] {0});
        gps.entry(0x0006, RATIONAL, 1, rationals(800, 1));

        var exifOffset = 8 + ifd0.size();
        var gpsOffset = exifOffset + exif.size();
        exifPointer.value = ByteBuffer.allocate(4).putInt(exifOffset).array();
        gpsPointer.value = ByteBuffer.allocate(4).putInt(gpsOffset).array();

        var tiff = ByteBuffer.allocate(gpsOffset + gps.size());
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        ifd0.writeAt(tiff, 8);
        exif.writeAt(tiff, exifOffset);
        gps.writeAt(tiff, gpsOffset);

        var exifHeader = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        var length = 2 + exifHeader.length + tiff.capacity();
        return ByteBuffer.allocate(2 + length).put((byte) 0xFF).put((byte) 0xE1).putShort((short) length)
                .put(exifHeader).put(tiff.array()).array();
    }

    private static byte[] rationals(int... numeratorsAndDenominators) {
        var buffer = ByteBuffer.allocate(numeratorsAndDenominators.length * 4);
        for (var n : numeratorsAndDenominators) {
            buffer.putInt(n);
        }
        return buffer.array();
    }

    private static final class Entry {
        final int tag;
        final short type;
        final int count;
        byte[] value;

        Entry(int tag, short type, int count, byte[] value) {
            this.tag = tag;
            this.type = type;
            this.count = count;
            this.value = value;
        }
    }

    /** One image file directory: its entries, then the values longer than four bytes, each at an even offset. */
    private static final class Ifd {
        final List<Entry> entries = new ArrayList<>();

        Entry entry(int tag, short type, int count, byte[] value) {
            var entry = new Entry(tag, type, count, value);
            entries.add(entry);
            return entry;
        }

        void ascii(int tag, String text) {
            var bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
            entry(tag, ASCII, bytes.length, bytes);
        }

        int size() {
            var size = 2 + 12 * entries.size() + 4;
            for (var e : entries) {
                if (e.value.length > 4) {
                    size += e.value.length + (e.value.length % 2);
                }
            }
            return size;
        }

        void writeAt(ByteBuffer tiff, int offset) {
            tiff.position(offset);
            tiff.putShort((short) entries.size());
            var data = offset + 2 + 12 * entries.size() + 4;
            for (var e : entries) {
                tiff.putShort((short) e.tag).putShort(e.type).putInt(e.count);
                if (e.value.length > 4) {
                    tiff.putInt(data);
                    var here = tiff.position();
                    tiff.position(data).put(e.value);
                    data += e.value.length + (e.value.length % 2);
                    tiff.position(here);
                } else {
                    tiff.put(e.value).put(new byte[4 - e.value.length]);
                }
            }
            tiff.putInt(0);
        }
    }
}
