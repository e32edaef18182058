package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.assemblyportal.authority.ResponseUpload;
import org.assemblyportal.base.ui.UploadTexts;
import org.springframework.core.io.FileSystemResource;

/**
 * Files that came with a response. They wait in temporary files until the service stores them in
 * the evidence store, and are deleted when this component goes away (as the filing's proof uploads).
 */
class ResponseFiles extends Div {

    static final String ID_UPLOAD = "response-files";
    static final String ID_LIST = "response-file-list";
    private static final int MAX_MEGABYTES = 25;
    private static final int MAX_FILES = 10;

    private record Pending(String name, File file, long size) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Div list = new Div();

    ResponseFiles() {
        this(ID_UPLOAD, ID_LIST);
    }

    /** The same, with other element ids (for the communications log's dialog). */
    ResponseFiles(String uploadId, String listId) {
        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> {
            pending.add(new Pending(metadata.fileName(), file, file.length()));
            render();
        })));
        upload.setId(uploadId);
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", ".heic", ".heif",
                "application/pdf");
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage() + ": " + e.getFileName(), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        var help = new Span(getTranslation("response.files.help", MAX_MEGABYTES));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        list.setId(listId);
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(upload, help, list);
        addDetachListener(e -> discard());
    }

    /** The files for the service; each is read once from its temporary file. */
    List<ResponseUpload> uploads() {
        return pending.stream().map(p -> new ResponseUpload(p.name(), new FileSystemResource(p.file()))).toList();
    }

    /** After the service has stored them (it keeps its own copies) or when the user gives up. */
    void discard() {
        pending.forEach(p -> delete(p.file()));
        pending.clear();
        list.removeAll();
    }

    private void render() {
        list.removeAll();
        for (var file : List.copyOf(pending)) {
            var name = new Span(file.name() + " (" + Math.max(1, file.size() / 1024) + " KB)");
            name.addClassNames(LumoUtility.Flex.GROW);
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                pending.remove(file);
                delete(file.file());
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("response.file.remove", file.name()));
            var row = new Div(name, remove);
            row.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
            list.add(row);
        }
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            // A temporary file the system will clear; nothing of the evidence depends on it.
        }
    }
}
