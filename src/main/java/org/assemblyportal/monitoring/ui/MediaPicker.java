package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.ui.UploadTexts;
import org.assemblyportal.monitoring.ObservationMediaService;

/**
 * Photos, videos and sound for the observation form: one picker that opens the phone's camera
 * ({@code capture}) and one for any photo, video or sound file. Each file streams to a temporary file
 * while its SHA-256 is computed, and waits there until the observation is saved; then each is attached
 * on its own, so that a file refused (type, size) or failing costs neither the observation nor the
 * other files, and can be tried again. Temporary files are deleted once attached or when the form goes away.
 */
class MediaPicker extends Div {

    static final String ID_CAMERA = "observe-media-camera";
    static final String ID_FILES = "observe-media-files";
    static final String ID_RESULTS = "observe-media-results";
    private static final long MAX_BYTES = ObservationMediaService.POLICY.maxBytes();

    /** A chosen file in its temporary file, with the SHA-256 of what arrived. */
    private record Pending(String name, Path file, long size, String sha256) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Span chosen = new Span();

    MediaPicker() {
        var ui = UI.getCurrent();
        var title = new H3(getTranslation("observation.media"));
        title.addClassNames(LumoUtility.FontSize.LARGE);
        var camera = upload(ui, ID_CAMERA, "image/*", "video/*");
        // Straight to the back camera on a phone; desktop browsers ignore it and open a file dialog.
        camera.getElement().setProperty("capture", "environment");
        camera.setUploadButton(new Button(getTranslation("observation.media.camera"), VaadinIcon.CAMERA.create()));
        var files = upload(ui, ID_FILES, "image/*", "video/*", "audio/*");
        var help = new Span(getTranslation("observation.media.help", ObservationMediaService.MAX_FILES,
                ObservationMediaService.POLICY.maxMegabytes()));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        chosen.getElement().setAttribute("aria-live", "polite");
        chosen.addClassNames(LumoUtility.FontSize.SMALL);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Width.FULL);
        add(title, camera, files, help, chosen);
    }

    private Upload upload(UI ui, String id, String... types) {
        var upload = new Upload((UploadHandler) event -> received(ui, event));
        upload.setId(id);
        upload.setMaxFiles(ObservationMediaService.MAX_FILES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, MAX_BYTES));
        upload.setAcceptedFileTypes(types);
        upload.setI18n(UploadTexts.of(this));
        upload.setWidthFull();
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage() + ": " + e.getFileName(), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        return upload;
    }

    /** On the upload request's thread: streams to a temporary file, hashing on the way, never past the limit. */
    private void received(UI ui, UploadEvent event) throws IOException {
        var file = Files.createTempFile("observation-media-", ".part");
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (var in = new DigestInputStream(event.getInputStream(), digest); var out = Files.newOutputStream(file)) {
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    size += read;
                    if (size > MAX_BYTES) {
                        throw new IOException("Larger than " + MAX_BYTES + " bytes");
                    }
                    out.write(buffer, 0, read);
                }
            }
            var received = new Pending(event.getFileName(), file, size, HexFormat.of().formatHex(digest.digest()));
            ui.access(() -> {
                pending.add(received);
                chosen.setText(getTranslation("observation.media.chosen", pending.size()));
            });
        } catch (IOException | RuntimeException | NoSuchAlgorithmException failed) {
            delete(file);
            throw failed instanceof IOException io ? io : new IOException(failed);
        }
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Attaches every chosen file to the saved observation, each on its own, and shows how each went: the
     * failed ones stay, with their reason and a button to try again.
     */
    Div attachTo(UUID observationId, ObservationMediaService media) {
        var results = new Div();
        results.setId(ID_RESULTS);
        results.getElement().setAttribute("role", "status");
        results.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        for (var file : List.copyOf(pending)) {
            results.add(attach(observationId, media, file));
        }
        chosen.setText("");
        return results;
    }

    private Div attach(UUID observationId, ObservationMediaService media, Pending file) {
        var row = new Div();
        row.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        try (var in = Files.newInputStream(file.file())) {
            var attached = media.attach(observationId, file.sha256(), in, file.size(), file.name());
            pending.remove(file);
            delete(file.file());
            var done = new Span(getTranslation("observation.media.attached", attached.media().name(),
                    ObservationList.shortHash(attached.media().sha256())));
            done.getElement().setAttribute("title", attached.media().sha256());
            done.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.FontSize.SMALL);
            row.add(done);
        } catch (RuntimeException refused) {
            var reason = refused instanceof LocalizedException localized
                    ? getTranslation(localized.messageKey(), localized.messageArguments())
                    : getTranslation("upload.error.server");
            var why = new Span(getTranslation("observation.media.failed", file.name(), reason));
            why.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
            var retry = new Button(getTranslation("observation.media.retry", file.name()), VaadinIcon.REFRESH.create());
            retry.addClickListener(click -> row.getParent().ifPresent(parent -> {
                var again = attach(observationId, media, file);
                parent.getElement().insertChild(parent.getElement().indexOfChild(row.getElement()), again.getElement());
                row.removeFromParent();
            }));
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(why, retry);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the chosen file " + file.name(), e);
        }
        return row;
    }

    /** When the form goes away or starts afresh: files not attached are given up. */
    void discard() {
        pending.forEach(p -> delete(p.file()));
        pending.clear();
        chosen.setText("");
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file the system will clear; nothing of the evidence depends on it.
        }
    }
}
