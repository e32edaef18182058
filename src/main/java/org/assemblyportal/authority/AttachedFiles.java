package org.assemblyportal.authority;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.RejectedUploadException;

/**
 * Files that come with a response or a contact, stored in the evidence store as they arrive. Every
 * file is tried, so that the user hears of every refused one at once; files that passed stay stored,
 * so a retry after a correction stores nothing twice.
 */
final class AttachedFiles {

    private AttachedFiles() {
    }

    /** {@code tooManyKey} is the message when more than {@link ResponseService#MAX_FILES} files come. */
    static List<ResponseAttachment> store(BlobStore blobs, List<ResponseUpload> files, String tooManyKey,
            Violations violations) {
        if (files == null) {
            return List.of();
        }
        if (files.size() > ResponseService.MAX_FILES) {
            violations.add("file", tooManyKey, ResponseService.MAX_FILES);
            return List.of();
        }
        var stored = new ArrayList<ResponseAttachment>();
        for (int i = 0; i < files.size(); i++) {
            var upload = files.get(i);
            try (var in = upload.content().getInputStream()) {
                stored.add(new ResponseAttachment(blobs.store(in, upload.declaredName(), ResponseService.FILE_POLICY)));
            } catch (RejectedUploadException rejected) {
                violations.add("file[" + i + "]", rejected.messageKey(), rejected.messageArguments());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read attached file " + i, e);
            }
        }
        return stored;
    }
}
