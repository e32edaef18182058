package org.assemblyportal.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipFile;
import org.assemblyportal.base.i18n.Translator;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.Jcs;
import org.assemblyportal.evidence.LedgerFile;
import org.assemblyportal.monitoring.ObservationView;
import org.assemblyportal.pdf.PdfRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gathers a case for its case file and writes the ZIP (decision 017): fixes the ledger at a
 * checkpoint, reads the case through its services, renders the dossier and the data files to
 * temporary files, takes the list of originals from the ledger itself (so the ZIP holds exactly the
 * files the ledger vouches for), and hands all of it to {@link CaseFileWriter}. In the redacted
 * variant every payload and every original is withheld, listed by hash only; photos appear as
 * re-encoded copies without metadata under {@code published/}.
 */
@Component
class CaseFileAssembler implements CaseFileProducer {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFileAssembler.class);

    static final String WITHHELD_FOR_PUBLICATION = "withheld from the copy for publication";

    private final CaseSnapshot.Loader loader;
    private final CaseLedger ledger;
    private final BlobStore blobs;
    private final PdfRenderer renderer;
    private final DossierPdf dossier;
    private final Translator translator;
    private final Clock clock;

    CaseFileAssembler(CaseSnapshot.Loader loader, CaseLedger ledger, BlobStore blobs, PdfRenderer renderer,
            MessageSource messages, Translator translator, Clock clock) {
        this.loader = loader;
        this.ledger = ledger;
        this.blobs = blobs;
        this.renderer = renderer;
        this.dossier = new DossierPdf(messages);
        this.translator = translator;
        this.clock = clock;
    }

    @Override
    public ProducedCaseFile produce(UUID caseId, boolean redacted, String lang, Path target, Progress progress,
            BooleanSupplier cancelled) throws IOException {
        var started = System.nanoTime();
        var checkpoint = ledger.checkpoint(caseId);
        var snapshot = loader.load(caseId);
        var exportedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        var redaction = redacted ? Redaction.forPublication() : Redaction.NONE;
        var files = filesInLedger(caseId, checkpoint.size());
        var scratch = Files.createTempDirectory(target.getParent(), "case-file-");
        try {
            var originals = new ArrayList<OriginalFile>();
            var withheld = new ArrayList<WithheldFile>();
            var exhibits = new ArrayList<DossierData.Exhibit>();
            var extras = new ArrayList<ExtraEntry>();
            for (var file : files.values()) {
                if (redacted) {
                    withheld.add(new WithheldFile(file, WITHHELD_FOR_PUBLICATION));
                    exhibits.add(new DossierData.Exhibit(file.name(), file.mediaType(), file.size(), file.sha256(), null));
                    PublishedImages.copyWithoutMetadata(blobs, file, scratch).ifPresent(extras::add);
                } else {
                    originals.add(new OriginalFile(file, () -> blobs.open(file.sha256())));
                    exhibits.add(new DossierData.Exhibit(file.name(), file.mediaType(), file.size(), file.sha256(),
                            CaseFileLayout.original(file.sha256(), file.name())));
                }
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
            }
            var dossierStarted = System.nanoTime();
            // the dossier prints the time to the second; the ZIP keeps it to the microsecond, after its checkpoint
            var data = new DossierDataBuilder(translator, lang).build(snapshot, redaction,
                    exportedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), checkpoint.size(),
                    checkpoint.root(), exhibits, this::thumbnail);
            var pdf = scratch.resolve("dossier.pdf");
            try (var out = Files.newOutputStream(pdf)) {
                renderer.render(dossier, data, out);
            }
            var dossierMillis = (System.nanoTime() - dossierStarted) / 1_000_000;
            extras.add(new ExtraEntry(CaseFileLayout.DOSSIER, Files.size(pdf), ByteSource.of(pdf)));
            CaseDataFiles.of(snapshot, redaction, exportedAt).forEach((path, bytes) -> extras.add(ExtraEntry.of(path, bytes)));
            Set<Long> withheldPayloads = new HashSet<>();
            if (redacted) {
                for (long seq = 1; seq <= checkpoint.size(); seq++) {
                    withheldPayloads.add(seq);
                }
            }
            var content = new CaseFileContent(caseId, snapshot.details().title(), exportedAt, redacted,
                    action -> ledger.forEachEntry(caseId, action::accept), checkpoint, withheldPayloads, originals, withheld,
                    extras);
            var writeStarted = System.nanoTime();
            var result = new CaseFileWriter().write(content, target,
                    (bytesDone, bytesTotal, entriesDone, entriesTotal) -> progress.update(bytesDone, bytesTotal),
                    cancelled);
            var writeMillis = (System.nanoTime() - writeStarted) / 1_000_000;
            LOG.info("Case file of case {}{}: gathered in {} ms, dossier ({} observations, {} exhibits, {} bytes) "
                    + "rendered in {} ms, ZIP ({} originals, {} bytes) written in {} ms",
                    caseId, redacted ? " (redacted)" : "", (dossierStarted - started) / 1_000_000,
                    snapshot.observations().size(), exhibits.size(), Files.size(pdf), dossierMillis,
                    originals.size(), result.bytes(), writeMillis);
            return new ProducedCaseFile(CaseFileWriter.fileName(content), result.bytes(), manifestSha256(target),
                    result.ledgerSize(), result.root());
        } finally {
            deleteTree(scratch);
        }
    }

    /** Every file a payload of the first {@code size} entries lists, once, by hash, in the order they arrived. */
    private Map<String, LedgerFile> filesInLedger(UUID caseId, long size) {
        var files = new LinkedHashMap<String, LedgerFile>();
        ledger.forEachEntry(caseId, entry -> {
            if (entry.seq() > size) {
                return;
            }
            JsonNode listed = Jcs.parse(entry.payloadJson()).get("files");
            if (listed != null && listed.isArray()) {
                for (var file : listed) {
                    var sha256 = file.path("sha256").asText();
                    files.putIfAbsent(sha256, new LedgerFile(sha256, file.path("size").asLong(),
                            file.path("mediaType").asText(null), file.path("name").asText(sha256)));
                }
            }
        });
        return files;
    }

    /** The observation's first photo's preview, if one was made. */
    private byte[] thumbnail(ObservationView observation) {
        for (var media : observation.media()) {
            if (media.thumbnailSha256() != null && blobs.contains(media.thumbnailSha256())) {
                try (InputStream in = blobs.open(media.thumbnailSha256())) {
                    return in.readAllBytes();
                } catch (IOException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String manifestSha256(Path zip) throws IOException {
        try (var file = new ZipFile(zip.toFile())) {
            var entry = file.getEntry(CaseFileLayout.MANIFEST);
            try (var in = file.getInputStream(entry)) {
                return Jcs.sha256Hex(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** Removes a file, or a folder with everything in it (scratch folders, left-overs of a stop). */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the scratch folder " + dir, e);
        }
    }
}
