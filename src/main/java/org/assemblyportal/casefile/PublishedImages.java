package org.assemblyportal.casefile;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.LedgerFile;

/**
 * Copies of photos for the redacted case file: decoded and encoded again as JPEG, which carries
 * over the pixels only, so EXIF (time, GPS, device), XMP and comments stay behind. A copy is not
 * evidence: it is named after the original's hash, and the original stays listed as withheld.
 * Faces and number plates are not blurred: whoever publishes must still look at each picture.
 */
final class PublishedImages {

    static final String FOLDER = "published/";
    private static final Set<String> DECODABLE = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp");
    private static final float QUALITY = 0.85f;

    private PublishedImages() {
    }

    static Optional<ExtraEntry> copyWithoutMetadata(BlobStore blobs, LedgerFile file, Path scratch) throws IOException {
        if (file.mediaType() == null || !DECODABLE.contains(file.mediaType())) {
            return Optional.empty();
        }
        BufferedImage decoded;
        try (var in = blobs.open(file.sha256())) {
            decoded = ImageIO.read(in);
        }
        if (decoded == null) {
            return Optional.empty();
        }
        // JPEG has no alpha channel: draw onto an opaque RGB canvas first
        var rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        graphics.drawImage(decoded, 0, 0, java.awt.Color.WHITE, null);
        graphics.dispose();
        var path = FOLDER + file.sha256().substring(0, 12) + ".jpg";
        var copy = scratch.resolve(file.sha256() + ".jpg");
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var out = ImageIO.createImageOutputStream(Files.newOutputStream(copy))) {
            writer.setOutput(out);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return Optional.of(new ExtraEntry(path, Files.size(copy), ByteSource.of(copy)));
    }
}
