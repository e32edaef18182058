package org.assemblyportal.jurisdiction.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.ExplanationStep;

/** A deadline's count, one row per day: what happened to the day, why, and on what authority. */
class ExplanationGrid extends Grid<ExplanationStep> {

    ExplanationGrid(String id, List<ExplanationStep> steps) {
        setId(id);
        addColumn(step -> LocalizedFormats.date(step.date(), getLocale()) + " · "
                + step.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, getLocale()))
                .setHeader(getTranslation("deadlines.column.date")).setAutoWidth(true).setFlexGrow(0);
        addColumn(step -> getTranslation(step.kind().messageKey())).setHeader(getTranslation("deadlines.column.step"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(step -> step.kind() == ExplanationStep.Kind.COUNTED ? String.valueOf(step.count()) : "")
                .setHeader(getTranslation("deadlines.column.count")).setAutoWidth(true).setFlexGrow(0);
        addColumn(this::reason).setHeader(getTranslation("deadlines.column.reason")).setFlexGrow(2);
        addComponentColumn(step -> step.dayKind() == org.assemblyportal.jurisdiction.DayKind.WEEKEND ? new Span() : source(step.citation())).setHeader(getTranslation("deadlines.column.source"))
                .setFlexGrow(2);
        setItems(steps);
        setAllRowsVisible(true);
        addThemeNames("compact", "row-stripes", "wrap-cell-content");
        setPartNameGenerator(step -> switch (step.kind()) {
            case DEADLINE -> "deadline-row";
            case SKIPPED -> "skipped-row";
            default -> null;
        });
    }

    private String reason(ExplanationStep step) {
        if (step.dayKind() == null) {
            return "";
        }
        var label = step.label(getLocale());
        var kind = getTranslation(step.dayKind().messageKey());
        return label.isBlank() ? kind : kind + ": " + label;
    }

    private Span source(Citation citation) {
        return citation == null ? new Span() : CitationView.brief(citation);
    }

}
