package org.assemblyportal.assembly;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Demo mode only: a drawn "photo" of the stamped first page of the Almaty notification, so that the
 * demo case has an original file to show, export and verify. Drawn, not shipped, so that it is
 * plainly a stand-in and nobody mistakes it for a real document.
 */
final class DemoStampedCopy {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 900;

    private DemoStampedCopy() {
    }

    static byte[] jpeg() {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xF4F1EA));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x333333));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString("NOTIFICATION / APPLICATION (DEMO)", 60, 90);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        for (int line = 0; line < 24; line++) {
            g.fillRect(60, 140 + line * 26, line % 5 == 4 ? 300 : 520, 6);
        }
        g.setColor(new Color(0x1F4E9E));
        g.setStroke(new BasicStroke(4));
        g.drawOval(380, 700, 200, 120);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("RECEIVED", 425, 755);
        g.drawString("07.02.2022", 428, 785);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
