package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import org.assemblyportal.assembly.ApplicationPdfService;
import org.assemblyportal.assembly.CaseProgress;
import org.assemblyportal.assembly.CaseProgressService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.assembly.ProofFile;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.ui.CitationView;

/**
 * The application part of a case page: where it stands, the deadline that matters next with a
 * countdown, the draft and its PDF, recording the filing, and every filed version with its proofs.
 */
class CaseProgressSection extends Div {

    static final String ID_STAGE = "case-stage";
    static final String ID_DEADLINES = "case-deadlines";
    static final String ID_TOO_LATE = "case-too-late";
    static final String ID_FILINGS = "case-filings";
    static final String ID_RECORD_FILING = "case-record-filing";

    private final CaseProgressService progressService;
    private final FilingService filings;
    private final ApplicationPdfService pdfs;
    private final UUID caseId;
    private final Jurisdiction jurisdiction;

    CaseProgressSection(CaseProgressService progressService, FilingService filings, ApplicationPdfService pdfs,
            UUID caseId, Jurisdiction jurisdiction) {
        this.progressService = progressService;
        this.filings = filings;
        this.pdfs = pdfs;
        this.caseId = caseId;
        this.jurisdiction = jurisdiction;
        addClassNames("case-progress");
        render();
    }

    private void render() {
        removeAll();
        var progress = progressService.progress(caseId);
        var stage = new Span(getTranslation(progress.stage().messageKey()));
        stage.setId(ID_STAGE);
        stage.getElement().setAttribute("data-stage", progress.stage().name());
        stage.getElement().getThemeList().add(progress.stage() == CaseProgress.Stage.FILED
                || progress.stage() == CaseProgress.Stage.AMENDED ? "badge success" : "badge");
        var heading = new H3(getTranslation("case.application"));
        var headingRow = new Div(heading, stage);
        headingRow.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.MEDIUM);

        var draftLink = new RouterLink(getTranslation(progress.stage() == CaseProgress.Stage.NOT_STARTED
                ? "case.draft.open" : "case.draft.continue"), DraftWizardView.class,
                new RouteParameters("caseId", caseId.toString()));
        draftLink.setId(CaseView.ID_OPEN_DRAFT);
        draftLink.addClassNames("button-link");
        var actions = new Div(draftLink);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.MEDIUM);
        if (progress.stage() != CaseProgress.Stage.NOT_STARTED) {
            var record = new Button(getTranslation(progress.filings().isEmpty() ? "filing.record" : "filing.record-amendment"),
                    VaadinIcon.CHECK_SQUARE_O.create(), click -> new FilingDialog(filings, caseId, jurisdiction.summary().zone(), filed -> {
                        Notification.show(getTranslation("filing.recorded", filed.sequence()), 5000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        render();
                    }).open());
            record.setId(ID_RECORD_FILING);
            actions.add(record);
        }
        add(headingRow, actions);
        if (progress.stage() != CaseProgress.Stage.NOT_STARTED) {
            add(new ApplicationDownload(pdfs, caseId, jurisdiction.summary().documentLanguages()));
        }
        add(deadlines(progress), filingList(progress));
    }

    private Div deadlines(CaseProgress progress) {
        var box = new Div();
        box.setId(ID_DEADLINES);
        box.addClassNames("case-deadlines");
        var locale = getLocale();
        if (progress.filingDeadline() != null) {
            var d = progress.filingDeadline();
            box.add(d.tooLate() || d.daysLeft() < 0 ? tooLate(d)
                    : countdown("case.deadline.file", LocalizedFormats.date(d.lastDay(), locale), d.daysLeft(), d.citation()));
        }
        if (progress.authorityDeadline() != null) {
            var d = progress.authorityDeadline();
            box.add(countdown("case.deadline.authority", LocalizedFormats.date(d.dueDate(), locale), d.daysLeft(), d.citation()));
            if (d.silence() != null) {
                box.add(new Paragraph(getTranslation(d.silence().messageKey())));
            }
        }
        if (progress.deadlineProblem() != null) {
            var problem = new Paragraph(getTranslation(progress.deadlineProblem().messageKey(),
                    progress.deadlineProblem().arguments().toArray()));
            problem.addClassNames(LumoUtility.TextColor.WARNING);
            box.add(problem);
        }
        if (box.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph(getTranslation("case.deadline.none")));
        }
        return box;
    }

    /** A draft whose start can no longer be met: the date to move to, never a negative count. */
    private Div tooLate(CaseProgress.FilingDeadline deadline) {
        var text = new Span(LocalizedFormats.tooLate(this, getLocale(), deadline.lastDay(), deadline.earliestLawfulStart()));
        text.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        var row = new Div(text, CitationView.brief(deadline.citation()));
        row.setId(ID_TOO_LATE);
        row.addClassNames("case-countdown", "too-late", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL);
        return row;
    }

    private Div countdown(String labelKey, String date, long daysLeft, org.assemblyportal.jurisdiction.Citation citation) {
        var label = new Span(getTranslation(labelKey, date));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var left = new Span(daysLeft >= 0 ? getTranslation("case.deadline.days-left", daysLeft)
                : getTranslation("case.deadline.days-past", -daysLeft));
        left.getElement().getThemeList().add(daysLeft < 0 ? "badge error" : daysLeft <= 3 ? "badge contrast" : "badge");
        left.getElement().setAttribute("data-days-left", String.valueOf(daysLeft));
        var row = new Div(label, left, CitationView.brief(citation));
        row.addClassNames("case-countdown", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL);
        return row;
    }

    private Div filingList(CaseProgress progress) {
        var box = new Div();
        box.setId(ID_FILINGS);
        if (progress.filings().isEmpty()) {
            var empty = new Paragraph(getTranslation("case.filings.none"));
            empty.addClassNames(LumoUtility.TextColor.SECONDARY);
            box.add(empty);
            return box;
        }
        box.add(new H3(getTranslation("case.filings")));
        var list = new UnorderedList();
        list.addClassNames(LumoUtility.Padding.NONE, "case-filing-list");
        progress.filings().forEach(f -> list.add(filing(f)));
        box.add(list);
        return box;
    }

    private ListItem filing(FilingView filing) {
        var registered = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        var title = new Span(getTranslation(filing.sequence() == 1 ? "case.filing.original" : "case.filing.amendment",
                filing.sequence() - 1));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var facts = new Span(getTranslation("case.filing.facts", getTranslation(filing.channel().messageKey()),
                filing.registeredAt().format(registered),
                filing.registrationNumber() == null ? getTranslation("case.filing.no-number") : filing.registrationNumber(),
                filing.recordedBy()));
        var hash = new Span("SHA-256 " + filing.snapshotSha256());
        hash.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, "hash");
        var asFiled = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = pdfs.filedPdf(caseId, filing.sequence(), null);
            return new DownloadResponse(new java.io.ByteArrayInputStream(file.content()), file.fileName(), "application/pdf",
                    file.content().length);
        }), getTranslation("case.filing.pdf"));
        asFiled.getElement().setAttribute("download", true);
        asFiled.addClassNames("filed-pdf");
        var item = new ListItem(title, new Paragraph(facts), hash, asFiled);
        item.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        item.getElement().setAttribute("data-sequence", String.valueOf(filing.sequence()));
        if (!filing.proofs().isEmpty()) {
            var proofs = new Div();
            proofs.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
            filing.proofs().forEach(p -> proofs.add(proofLink(p)));
            item.add(proofs);
        }
        var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(filing.registeredAt().getZone());
        filing.laterProofs().forEach(later -> {
            var added = new Span(getTranslation("case.filing.added", time.format(later.addedAt()), later.addedBy()));
            added.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            var row = new Div(proofLink(later.file()), added);
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                    LumoUtility.Gap.SMALL);
            item.add(row);
        });
        var addProofs = new Button(getTranslation("filing.add-proofs"), VaadinIcon.PLUS.create(),
                click -> new AddProofsDialog(filings, caseId, filing, view -> {
                    Notification.show(getTranslation("filing.add-proofs.done"), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    render();
                }).open());
        addProofs.setId("case-filing-" + filing.sequence() + "-add-proofs");
        addProofs.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addProofs.addClassNames(LumoUtility.AlignSelf.START);
        item.add(addProofs);
        return item;
    }

    private Anchor proofLink(ProofFile proof) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var download = filings.proof(caseId, proof.sha256());
            return new DownloadResponse(download.content(), proof.name(), proof.mediaType(), proof.size());
        }), getTranslation(proof.kind().messageKey()) + ": " + proof.name());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", "SHA-256 " + proof.sha256());
        link.addClassNames("proof-link");
        return link;
    }
}
