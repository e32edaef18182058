package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.assemblyportal.assembly.DraftRevisionSummary;

/** Every saved revision of the draft: when, who, and the fingerprint of what was saved. */
class DraftHistoryDialog extends Dialog {

    static final String ID_GRID = "draft-history-grid";

    DraftHistoryDialog(List<DraftRevisionSummary> revisions, Locale locale, ZoneId zone) {
        setHeaderTitle(getTranslation("draft.history"));
        setWidth("min(48rem, 96vw)");
        if (revisions.isEmpty()) {
            add(new Paragraph(getTranslation("draft.history.empty")));
        } else {
            var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                    .withZone(zone);
            var grid = new Grid<DraftRevisionSummary>();
            grid.setId(ID_GRID);
            grid.addColumn(DraftRevisionSummary::revision).setHeader(getTranslation("draft.history.revision")).setAutoWidth(true);
            grid.addColumn(r -> format.format(r.savedAt())).setHeader(getTranslation("draft.history.saved-at")).setAutoWidth(true);
            grid.addColumn(DraftRevisionSummary::savedBy).setHeader(getTranslation("draft.history.saved-by")).setAutoWidth(true);
            grid.addColumn(r -> r.changed().stream().map(f -> getTranslation(f.messageKey()))
                    .collect(java.util.stream.Collectors.joining(", "))).setHeader(getTranslation("draft.history.changed"))
                    .setFlexGrow(1);
            grid.addColumn(r -> r.sha256().substring(0, 16) + "…").setHeader("SHA-256").setAutoWidth(true);
            grid.setItems(revisions);
            grid.setAllRowsVisible(revisions.size() <= 12);
            add(grid);
        }
        var close = new Button(getTranslation("common.close"), click -> close());
        getFooter().add(close);
    }
}
