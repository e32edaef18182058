package org.assemblyportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the user's language (it ships with English only). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component translator) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(translator.getTranslation("upload.drop.one"))
                .setMany(translator.getTranslation("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(translator.getTranslation("upload.add.one"))
                .setMany(translator.getTranslation("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(translator.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(translator.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(translator.getTranslation("upload.error.type")));
        i18n.setFile(new UploadI18N.File().setRetry(translator.getTranslation("upload.file.retry"))
                .setStart(translator.getTranslation("upload.file.start"))
                .setRemove(translator.getTranslation("upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(translator.getTranslation("upload.status.connecting"))
                        .setStalled(translator.getTranslation("upload.status.stalled"))
                        .setProcessing(translator.getTranslation("upload.status.processing"))
                        .setHeld(translator.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(translator.getTranslation("upload.remaining"))
                        .setUnknown(translator.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(translator.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(translator.getTranslation("upload.error.server"))
                        .setForbidden(translator.getTranslation("upload.error.forbidden"))));
        return i18n;
    }
}
