package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assemblyportal.assembly.FilingChannel;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.assembly.NewFiling;
import org.assemblyportal.assembly.ProofKind;
import org.assemblyportal.assembly.ProofUpload;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.UploadTexts;
import org.springframework.core.io.FileSystemResource;

/**
 * Records that the application was handed in: how, when (the time on the stamp or receipt, local to
 * the jurisdiction), the registration number, and photos or scans as proof. The draft as it stands
 * is frozen with the filing. Nothing typed or uploaded is lost when the service refuses something.
 */
class FilingDialog extends Dialog {

    static final String ID_CHANNEL = "filing-channel";
    static final String ID_NUMBER = "filing-number";
    static final String ID_REGISTERED_AT = "filing-registered-at";
    static final String ID_UPLOAD = "filing-proof-upload";
    static final String ID_PROOFS = "filing-proofs";
    static final String ID_SUBMIT = "filing-submit";
    private static final int MAX_MEGABYTES = 25;

    private record Pending(String name, File file, long size, Select<ProofKind> kind) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Div proofList = new Div();

    FilingDialog(FilingService filings, UUID caseId, ZoneId zone, Consumer<FilingView> recorded) {
        setHeaderTitle(getTranslation("filing.record"));
        setWidth("min(40rem, 100vw)");
        var intro = new Paragraph(getTranslation("filing.record.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);

        var channel = new Select<FilingChannel>();
        channel.setId(ID_CHANNEL);
        channel.setLabel(getTranslation("filing.channel"));
        channel.setItems(FilingChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        channel.setWidthFull();
        var number = new TextField(getTranslation("filing.registration-number"));
        number.setId(ID_NUMBER);
        number.setHelperText(getTranslation("filing.registration-number.help"));
        number.setMaxLength(100);
        number.setWidthFull();
        var registeredAt = new DateTimePicker(getTranslation("filing.registered-at"));
        registeredAt.setId(ID_REGISTERED_AT);
        registeredAt.setLocale(getLocale());
        registeredAt.setStep(Duration.ofMinutes(1));
        registeredAt.setHelperText(getTranslation("filing.registered-at.help", zone.getId()));
        registeredAt.setValue(LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES));
        registeredAt.setMax(LocalDateTime.now(zone).plusMinutes(1));

        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> {
            pending.add(new Pending(metadata.fileName(), file, file.length(), kindSelect(pending.size(), channel.getValue())));
            renderProofs();
        })));
        upload.setId(ID_UPLOAD);
        upload.setMaxFiles(10);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", ".heic", ".heif",
                "application/pdf");
        upload.setI18n(UploadTexts.of(this));
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage() + ": " + e.getFileName(), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        var proofHelp = new Span(getTranslation("filing.proof.help", MAX_MEGABYTES));
        proofHelp.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        proofList.setId(ID_PROOFS);
        proofList.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);

        var errors = new FieldErrors(Map.of("channel", channel, "registrationNumber", number, "registeredAt", registeredAt));
        var submit = new Button(getTranslation("filing.record.submit"), click -> {
            errors.clear();
            try {
                var proofs = pending.stream().map(p -> new ProofUpload(p.kind().getValue(), p.name(),
                        new FileSystemResource(p.file()))).toList();
                var view = filings.record(caseId, new NewFiling(channel.getValue(), number.getValue(), registeredAt.getValue()),
                        proofs);
                discardTemporaryFiles();
                close();
                recorded.accept(view);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (ConflictException conflict) {
                Notification.show(getTranslation(conflict.messageKey(), conflict.messageArguments()), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        submit.setId(ID_SUBMIT);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        var cancel = new Button(getTranslation("common.cancel"), click -> close());
        addDetachListener(e -> discardTemporaryFiles());

        var form = new Div(intro, channel, number, registeredAt, upload, proofHelp, proofList);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(form);
        getFooter().add(cancel, submit);
    }

    private Select<ProofKind> kindSelect(int index, FilingChannel channel) {
        var kind = new Select<ProofKind>();
        kind.setId("filing-proof-" + index + "-kind");
        kind.setAriaLabel(getTranslation("filing.proof.kind"));
        kind.setItems(ProofKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(channel == FilingChannel.REGISTERED_POST ? ProofKind.POSTAL_RECEIPT
                : channel == FilingChannel.E_GOVERNMENT ? ProofKind.E_GOV_RECEIPT : ProofKind.STAMPED_COPY);
        return kind;
    }

    private void renderProofs() {
        proofList.removeAll();
        for (var proof : List.copyOf(pending)) {
            var name = new Span(proof.name() + " (" + Math.max(1, proof.size() / 1024) + " KB)");
            name.addClassNames(LumoUtility.Flex.GROW);
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                pending.remove(proof);
                delete(proof.file());
                renderProofs();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("filing.proof.remove", proof.name()));
            var row = new Div(name, proof.kind(), remove);
            row.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                    LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
            proofList.add(row);
        }
    }

    /** Uploads wait in temporary files until recorded; the evidence store keeps its own copy. */
    private void discardTemporaryFiles() {
        pending.forEach(p -> delete(p.file()));
        pending.clear();
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            // A temporary file the system will clear; nothing of the evidence depends on it.
        }
    }
}
