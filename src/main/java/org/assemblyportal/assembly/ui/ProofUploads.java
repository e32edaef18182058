package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.assemblyportal.assembly.ProofKind;
import org.assemblyportal.assembly.ProofUpload;
import org.assemblyportal.base.ui.UploadTexts;
import org.springframework.core.io.FileSystemResource;

/**
 * Photos or scans offered as proof, each with what it shows. Files wait in temporary files until
 * the service stores them in the evidence store; they are deleted when this component goes away.
 */
class ProofUploads extends Div {

    static final String ID_UPLOAD = "filing-proof-upload";
    static final String ID_PROOFS = "filing-proofs";
    private static final int MAX_MEGABYTES = 25;
    private static final int MAX_FILES = 10;

    private record Pending(String name, File file, long size, Select<ProofKind> kind) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Div list = new Div();

    ProofUploads(Supplier<ProofKind> defaultKind) {
        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> {
            pending.add(new Pending(metadata.fileName(), file, file.length(), kindSelect(pending.size(), defaultKind.get())));
            render();
        })));
        upload.setId(ID_UPLOAD);
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", ".heic", ".heif",
                "application/pdf");
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage() + ": " + e.getFileName(), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        var help = new Span(getTranslation("filing.proof.help", MAX_MEGABYTES));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        list.setId(ID_PROOFS);
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(upload, help, list);
        addDetachListener(e -> discard());
    }

    /** The files for the service; each is read once from its temporary file. */
    List<ProofUpload> uploads() {
        return pending.stream().map(p -> new ProofUpload(p.kind().getValue(), p.name(), new FileSystemResource(p.file())))
                .toList();
    }

    /** After the service has stored them (it keeps its own copies) or when the user gives up. */
    void discard() {
        pending.forEach(p -> delete(p.file()));
        pending.clear();
        list.removeAll();
    }

    private Select<ProofKind> kindSelect(int index, ProofKind initial) {
        var kind = new Select<ProofKind>();
        kind.setId("filing-proof-" + index + "-kind");
        kind.setAriaLabel(getTranslation("filing.proof.kind"));
        kind.setItems(ProofKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(initial);
        return kind;
    }

    private void render() {
        list.removeAll();
        for (var proof : List.copyOf(pending)) {
            var name = new Span(proof.name() + " (" + Math.max(1, proof.size() / 1024) + " KB)");
            name.addClassNames(LumoUtility.Flex.GROW);
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                pending.remove(proof);
                delete(proof.file());
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("filing.proof.remove", proof.name()));
            var row = new Div(name, proof.kind(), remove);
            row.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                    LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
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
