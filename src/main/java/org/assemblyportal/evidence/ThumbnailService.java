package org.assemblyportal.evidence;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import org.assemblyportal.base.LocalizedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;

/**
 * Small JPEG previews of stored photos, made in the background and stored as blobs of their own
 * (a derived blob has its own hash; the original is only read). JPEG and PNG are decoded with
 * {@code javax.imageio}; WebP, HEIC, video and sound get no preview ({@link #canPreview}), and the
 * UI says so with {@code evidence.thumbnail-none}. The caller records "the thumbnail of X is Y"
 * when the future completes.
 */
@Service
public class ThumbnailService {

    /** The longest side of a preview, in pixels. */
    public static final int MAX_SIDE = 320;

    private static final Logger log = LoggerFactory.getLogger(ThumbnailService.class);
    private static final Set<ContentType> DECODABLE = Set.of(ContentType.JPEG, ContentType.PNG);
    private static final UploadPolicy THUMBNAILS = UploadPolicy.of(1, ContentType.JPEG);
    private static final float QUALITY = 0.8f;
    /** Larger pictures (a decompression bomb, a panorama) are not decoded at all. */
    private static final long MAX_PIXELS = 200_000_000L;

    private final BlobStore store;
    private final TaskExecutor executor;

    ThumbnailService(BlobStore store, @Qualifier(EvidenceConfiguration.THUMBNAIL_EXECUTOR) TaskExecutor executor) {
        this.store = store;
        this.executor = executor;
    }

    /** Whether files of this media type get a preview; when not, show {@code evidence.thumbnail-none}. */
    public static boolean canPreview(String mediaType) {
        return ContentType.ofMediaType(mediaType).filter(DECODABLE::contains).isPresent();
    }

    /**
     * Makes the preview of a stored original on the thumbnail threads, never on the caller's. The
     * future gives the stored preview, or nothing when the type has no preview or the picture cannot
     * be decoded. When the threads and their queue are full it completes at once with a
     * {@link LocalizedException} {@code evidence.thumbnail-busy}: ask again later.
     */
    public CompletableFuture<Optional<StoredBlob>> thumbnailOf(String sha256) {
        var path = store.file(sha256);
        var future = new CompletableFuture<Optional<StoredBlob>>();
        try {
            executor.execute(() -> {
                try {
                    future.complete(make(sha256, path));
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                }
            });
        } catch (TaskRejectedException busy) {
            log.info("Thumbnail of {} not made now: the thumbnail queue is full", sha256);
            future.completeExceptionally(new LocalizedException("evidence.thumbnail-busy"));
        }
        return future;
    }

    private Optional<StoredBlob> make(String sha256, Path original) {
        var type = detect(original);
        if (type.isEmpty() || !DECODABLE.contains(type.get())) {
            return Optional.empty();
        }
        BufferedImage picture;
        try {
            picture = decode(original);
        } catch (IOException | RuntimeException undecodable) {
            log.debug("No thumbnail of {}: {}", sha256, undecodable.toString());
            return Optional.empty();
        }
        if (picture == null) {
            return Optional.empty();
        }
        var orientation = CaptureMetadataReader.read(original).orientation();
        var preview = scaled(picture, orientation == null ? 1 : orientation);
        return Optional.of(store.store(new ByteArrayInputStream(jpeg(preview)), "thumbnail-" + sha256.substring(0, 16)
                + ".jpg", THUMBNAILS));
    }

    private static Optional<ContentType> detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            var head = in.readNBytes(ContentType.SIGNATURE_LENGTH);
            return ContentType.detect(head, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes every n-th pixel in each direction, so that a 48-megapixel photo becomes a picture of
     * at most twice the preview's size in memory, never the full bitmap.
     */
    private static BufferedImage decode(Path file) throws IOException {
        try (var input = ImageIO.createImageInputStream(file.toFile())) {
            if (input == null) {
                return null;
            }
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                    return null;
                }
                var step = (int) Math.max(1, Math.max(width, height) / (2 * MAX_SIDE));
                var param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Scaled to fit {@link #MAX_SIDE} and turned as EXIF orientation 1 to 8 says, on a white ground. */
    static BufferedImage scaled(BufferedImage picture, int orientation) {
        var scale = Math.min(1.0, (double) MAX_SIDE / Math.max(picture.getWidth(), picture.getHeight()));
        var width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        var height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        var turned = orientation >= 5;
        var result = new BufferedImage(turned ? height : width, turned ? width : height, BufferedImage.TYPE_INT_RGB);
        var g = result.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, result.getWidth(), result.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            var transform = orientation(orientation, width, height);
            transform.scale(scale, scale);
            g.drawImage(picture, transform, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    /** Maps the stored picture (width × height after scaling) onto the upright view. */
    private static AffineTransform orientation(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);      // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);      // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);            // mirrored, turned left
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);      // turn 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width); // mirrored, turned right
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);       // turn 90° counter-clockwise
            default -> new AffineTransform();
        };
    }

    private static byte[] jpeg(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
