package org.assemblyportal.casefile.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.i18n.PortalLocales;
import org.assemblyportal.casefile.CaseExportService;
import org.assemblyportal.casefile.ExportJobView;
import org.assemblyportal.casefile.ExportState;
import org.assemblyportal.casefile.LedgerPage;
import org.assemblyportal.evidence.LedgerReport;
import org.assemblyportal.casefile.LedgerCheckService;

/**
 * The case's ledger and its case files, for lawyers: check the ledger now, export the case file
 * (complete, or redacted for publication) with live progress and a cancel button, and download
 * finished exports. Progress comes by polling while a job of this page runs.
 */
class CaseFilePanel extends Div {

    static final String ID_SECTION = "case-file";
    static final String ID_LANGUAGE = "export-language";
    static final String ID_START = "export-start";
    static final String ID_START_REDACTED = "export-start-redacted";
    static final String ID_PROGRESS = "export-progress";
    static final String ID_PROGRESS_TEXT = "export-progress-text";
    static final String ID_CANCEL = "export-cancel";
    static final String ID_LIST = "export-list";
    static final String ID_DOWNLOAD_PREFIX = "export-download-";
    static final String ID_VERIFY = "ledger-verify";
    static final String ID_VERIFY_RESULT = "ledger-verify-result";
    static final String ID_NIGHTLY = "ledger-nightly";
    static final String ID_ENTRIES = "ledger-entries";
    static final String ID_ENTRIES_GRID = "ledger-entries-grid";
    private static final int POLL_MILLIS = 500;
    private static final double MB = 1_000_000d;

    private final CaseExportService exports;
    private final LedgerCheckService verifier;
    private final UUID caseId;
    private final ZoneId zone;
    private final Select<String> language = new Select<>();
    private final Button start = new Button();
    private final Button startRedacted = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancel = new Button();
    private final Div running = new Div();
    private final UnorderedList list = new UnorderedList();
    private final Div verifyResult = new Div();
    private UUID watched;
    private Registration polling;
    private CompletableFuture<LedgerReport> pendingCheck;
    private Button checkButton;

    CaseFilePanel(CaseExportService exports, LedgerCheckService verifier, UUID caseId, ZoneId zone) {
        this.exports = exports;
        this.verifier = verifier;
        this.caseId = caseId;
        this.zone = zone;
        setId(ID_SECTION);
        add(new H3(getTranslation("case-file.section")));
        add(verifyPart(), exportPart(), running, list);
        list.setId(ID_LIST);
        list.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Margin.Vertical.SMALL, "case-file-list");
    }

    private Div verifyPart() {
        var intro = new Paragraph(getTranslation("case-file.verify.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var verify = new Button(getTranslation("case-file.verify"), VaadinIcon.CHECK_CIRCLE_O.create());
        verify.setId(ID_VERIFY);
        verify.setDisableOnClick(true);
        verify.addClickListener(e -> {
            verifyResult.removeAll();
            verifyResult.add(new Paragraph(getTranslation("case-file.verify.running")));
            pendingCheck = verifier.verifyInBackground(caseId);
            checkButton = verify;
            startPolling();
        });
        verifyResult.setId(ID_VERIFY_RESULT);
        verifyResult.getElement().setAttribute("role", "status");
        var part = new Div(intro, verify, verifyResult, entries());
        verifier.lastNightlyCheck(caseId).ifPresent(last -> {
            var nightly = new Paragraph(last.ok()
                    ? getTranslation("case-file.nightly.ok", time(last.checkedAt()), last.size())
                    : getTranslation("case-file.nightly.broken", time(last.checkedAt()), last.breakCount()));
            nightly.setId(ID_NIGHTLY);
            nightly.addClassNames(LumoUtility.FontSize.SMALL,
                    last.ok() ? LumoUtility.TextColor.SECONDARY : LumoUtility.TextColor.ERROR);
            part.addComponentAtIndex(1, nightly);
        });
        part.addClassNames(LumoUtility.Margin.Bottom.MEDIUM);
        return part;
    }

    /** The ledger's entries, read page by page as the grid scrolls, only once someone opens them. */
    private Details entries() {
        var details = new Details(getTranslation("case-file.entries"));
        details.setId(ID_ENTRIES);
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(entryGrid());
            }
        });
        return details;
    }

    private Grid<LedgerPage.Entry> entryGrid() {
        var grid = new Grid<LedgerPage.Entry>();
        grid.setId(ID_ENTRIES_GRID);
        grid.addColumn(LedgerPage.Entry::seq).setHeader(getTranslation("case-file.entries.seq")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> time(e.at())).setHeader(getTranslation("case-file.entries.at")).setAutoWidth(true);
        grid.addColumn(LedgerPage.Entry::type).setHeader(getTranslation("case-file.entries.type")).setAutoWidth(true);
        grid.addColumn(LedgerPage.Entry::subject).setHeader(getTranslation("case-file.entries.subject"))
                .setTooltipGenerator(LedgerPage.Entry::subject);
        grid.addColumn(LedgerPage.Entry::actor).setHeader(getTranslation("case-file.entries.actor")).setAutoWidth(true);
        grid.addColumn(e -> e.entryHash().substring(0, 16) + "…")
                .setHeader(getTranslation("case-file.entries.hash")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> {
            var line = new Span(e.line());
            line.addClassNames(LumoUtility.FontSize.XSMALL, "hash");
            line.getStyle().set("word-break", "break-all");
            return line;
        }));
        // sequence numbers run from 1 without gaps, so an offset is the entry after which the page starts
        grid.setItems(query -> verifier.entries(caseId, query.getOffset(), query.getLimit()).entries().stream());
        grid.setHeight("20rem");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        return grid;
    }

    private void showReport(LedgerReport report) {
        verifyResult.removeAll();
        if (report.ok()) {
            var ok = new Paragraph(getTranslation("case-file.verify.ok", report.size(), report.filesChecked(),
                    report.recordsChecked(), report.root()));
            ok.addClassNames(LumoUtility.TextColor.SUCCESS, "ledger-ok");
            verifyResult.add(ok);
            return;
        }
        var broken = new Paragraph(getTranslation("case-file.verify.broken", report.breaks().size()));
        broken.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD, "ledger-broken");
        var items = new UnorderedList();
        report.breaks().stream().limit(20).forEach(b -> items.add(new ListItem(
                getTranslation(b.messageKey(), b.args().toArray()))));
        verifyResult.add(broken, items);
    }

    private Div exportPart() {
        var intro = new Paragraph(getTranslation("case-file.export.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        language.setId(ID_LANGUAGE);
        language.setLabel(getTranslation("case-file.language"));
        language.setItems(List.of("kk", "ru", "en"));
        language.setItemLabelGenerator(tag -> {
            var locale = Locale.forLanguageTag(tag);
            var name = locale.getDisplayLanguage(locale);
            return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        });
        language.setValue(PortalLocales.match(getLocale()).orElse(PortalLocales.ENGLISH).getLanguage());
        language.setWidth("12rem");
        start.setText(getTranslation("case-file.export"));
        start.setIcon(VaadinIcon.ARCHIVE.create());
        start.setId(ID_START);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startExport(false));
        startRedacted.setText(getTranslation("case-file.export-redacted"));
        startRedacted.setId(ID_START_REDACTED);
        startRedacted.addClickListener(e -> startExport(true));
        var buttons = new Div(language, start, startRedacted);
        buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.MEDIUM);
        progress.setId(ID_PROGRESS);
        progress.setMin(0);
        progress.setMax(1);
        progressText.setId(ID_PROGRESS_TEXT);
        progressText.getElement().setAttribute("aria-live", "polite");
        progress.getElement().setAttribute("aria-labelledby", ID_PROGRESS_TEXT);
        cancel.setText(getTranslation("case-file.cancel"));
        cancel.setId(ID_CANCEL);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> {
            if (watched != null) {
                exports.cancel(watched);
                cancel.setEnabled(false);
            }
        });
        running.add(progressText, progress, cancel);
        running.setVisible(false);
        return new Div(intro, buttons);
    }

    private void startExport(boolean redacted) {
        try {
            var job = exports.start(caseId, redacted, language.getValue());
            watch(job);
        } catch (LocalizedException refused) {
            showStatus(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
        refreshList();
    }

    private void watch(ExportJobView job) {
        watched = job.id();
        running.setVisible(true);
        // A finished export's status line hid them; a second export on this page needs them back.
        progress.setVisible(true);
        cancel.setVisible(true);
        cancel.setEnabled(true);
        start.setEnabled(false);
        startRedacted.setEnabled(false);
        showProgress(job);
        startPolling();
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(e -> poll());
            }
        });
    }

    private void poll() {
        if (pendingCheck != null && pendingCheck.isDone()) {
            var check = pendingCheck;
            pendingCheck = null;
            checkButton.setEnabled(true);
            try {
                showReport(check.join());
            } catch (java.util.concurrent.CompletionException failed) {
                verifyResult.removeAll();
                verifyResult.add(new Paragraph(getTranslation("case-file.verify.failed")));
            }
            stopPollingIfIdle();
        }
        if (watched == null) {
            return;
        }
        var job = exports.job(watched);
        showProgress(job);
        if (job.state().finished()) {
            stopWatching();
            showStatus(getTranslation("case-file.state." + job.state().name().toLowerCase(Locale.ROOT)));
            refreshList();
        }
    }

    private void showProgress(ExportJobView job) {
        var p = job.progress();
        progress.setIndeterminate(p.bytesTotal() <= 0);
        progress.setValue(p.fraction());
        progressText.setText(p.bytesTotal() <= 0 ? getTranslation("case-file.progress.preparing")
                : getTranslation("case-file.progress", Math.round(p.fraction() * 100), p.bytesDone() / MB, p.bytesTotal() / MB));
    }

    private void showStatus(String text) {
        progressText.setText(text);
        running.setVisible(true);
        progress.setVisible(false);
        cancel.setVisible(false);
    }

    private void stopWatching() {
        watched = null;
        start.setEnabled(true);
        startRedacted.setEnabled(true);
        stopPollingIfIdle();
    }

    private void stopPollingIfIdle() {
        if (watched != null || pendingCheck != null) {
            return;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void refreshList() {
        list.removeAll();
        var jobs = exports.jobs(caseId);
        if (jobs.isEmpty()) {
            var none = new ListItem(getTranslation("case-file.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(none);
            return;
        }
        // downloads are numbered among finished exports, latest first: export-download-0 is the newest file
        int finished = 0;
        for (var job : jobs) {
            list.add(row(job, job.state() == ExportState.DONE ? finished++ : -1));
        }
        if (watched == null) {
            jobs.stream().filter(j -> !j.state().finished()).findFirst().ifPresent(job -> {
                if (isAttached()) {
                    watch(job);
                }
            });
        }
    }

    private ListItem row(ExportJobView job, int downloadIndex) {
        var item = new ListItem();
        item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.BASELINE, LumoUtility.Margin.Bottom.SMALL, "case-file-row");
        item.add(new Span(time(job.requestedAt())));
        item.add(new Span(getTranslation(job.redacted() ? "case-file.variant.redacted" : "case-file.variant.complete")));
        var state = new Span(getTranslation("case-file.state." + job.state().name().toLowerCase(Locale.ROOT)));
        state.getElement().getThemeList().add("badge" + switch (job.state()) {
            case DONE -> " success";
            case FAILED -> " error";
            case CANCELLED -> " contrast";
            default -> "";
        });
        item.add(state);
        if (job.state() == ExportState.DONE) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                try {
                    var file = exports.file(job.id());
                    return new DownloadResponse(file.content(), file.fileName(), "application/zip", file.size());
                } catch (LocalizedException gone) {
                    return DownloadResponse.error(404, getTranslation(gone.messageKey(), gone.messageArguments()));
                }
            }), "");
            link.setId(ID_DOWNLOAD_PREFIX + downloadIndex);
            link.getElement().setAttribute("download", true);
            var icon = VaadinIcon.DOWNLOAD.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.setSize("1em");
            link.add(icon, new Span(" " + getTranslation("case-file.download", job.fileName(), job.fileSize() / MB)));
            item.add(link);
            var root = new Span(getTranslation("case-file.root", job.ledgerSize(), job.ledgerRoot()));
            root.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, "hash");
            item.add(root);
        } else if (job.failure() != null) {
            item.add(new Span(getTranslation(job.failure())));
        }
        return item;
    }

    private String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone).format(instant);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (watched == null) {
            refreshList();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
            detachEvent.getUI().setPollInterval(-1);
        }
        super.onDetach(detachEvent);
    }
}
