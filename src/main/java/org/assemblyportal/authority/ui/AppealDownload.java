package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.assemblyportal.authority.AppealService;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.jurisdiction.ui.UnverifiedSourcesNotice;

/**
 * Download of the appeal pack in a chosen language, the jurisdiction's first document language
 * preselected. The PDF is made when clicked, from the case as it stands then; above it, a note
 * names the sources the pack cites that are not verified yet.
 */
class AppealDownload extends Div {

    static final String ID = "appeal-download";
    static final String ID_LANGUAGE = "appeal-pdf-language";
    static final String ID_LINK = "appeal-pdf";
    static final String ID_UNVERIFIED = "appeal-pdf-unverified";
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    AppealDownload(AppealService appeals, UUID caseId, List<String> documentLanguages) {
        setId(ID);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.MEDIUM);
        var options = new ArrayList<String>();
        documentLanguages.stream().filter(LANGUAGES::contains).forEach(options::add);
        LANGUAGES.stream().filter(l -> !options.contains(l)).forEach(options::add);
        var language = new Select<String>();
        language.setId(ID_LANGUAGE);
        language.setLabel(getTranslation("appeal.pdf.language"));
        language.setItems(options);
        language.setItemLabelGenerator(AppealDownload::languageInItself);
        language.setValue(options.get(0));
        language.setMinWidth("16rem");
        var link = new Anchor();
        link.setId(ID_LINK);
        link.addClassNames("button-link");
        var icon = VaadinIcon.DOWNLOAD.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize("1em");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        link.add(icon, new Span(getTranslation("appeal.pdf.download")));
        Runnable point = () -> link.setHref(DownloadHandler.fromInputStream(event -> {
            try {
                var file = appeals.appealPdf(caseId, language.getValue());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), "application/pdf",
                        file.content().length);
            } catch (LocalizedException cannotPrint) {
                return DownloadResponse.error(400, getTranslation(cannotPrint.messageKey(), cannotPrint.messageArguments()));
            }
        }));
        point.run();
        link.getElement().setAttribute("download", true);
        language.addValueChangeListener(e -> point.run());
        // Warnings about sources belong on the screen before printing, never on the paper.
        var notice = new UnverifiedSourcesNotice(ID_UNVERIFIED);
        notice.setWidthFull();
        add(notice, language, link);
        notice.showOnAttach(() -> appeals.citedSources(caseId));
    }

    /** "Қазақ тілі", "Русский", "English": each language named in itself, as in the language menu. */
    private static String languageInItself(String tag) {
        var locale = Locale.forLanguageTag(tag);
        var name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
