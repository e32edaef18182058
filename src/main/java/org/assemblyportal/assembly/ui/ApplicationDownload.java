package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.ApplicationPdfService;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.jurisdiction.ui.UnverifiedSourcesNotice;

/**
 * Download of the application PDF in a chosen language: the jurisdiction's document languages side
 * by side first (kk+ru in Kazakhstan), then each language alone. The PDF is made when clicked;
 * above it, a note names the sources it cites that are not verified yet.
 */
class ApplicationDownload extends Div {

    static final String ID_LANGUAGE = "application-pdf-language";
    static final String ID_LINK = "application-pdf";
    static final String ID_UNVERIFIED = "application-pdf-unverified";
    private static final List<String> SINGLE = List.of("kk", "ru", "en");

    ApplicationDownload(ApplicationPdfService pdfs, UUID caseId, List<String> documentLanguages) {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.MEDIUM);
        var options = new ArrayList<String>();
        options.add(String.join("-", documentLanguages));
        SINGLE.stream().filter(l -> !options.contains(l)).forEach(options::add);
        var language = new Select<String>();
        language.setId(ID_LANGUAGE);
        language.setLabel(getTranslation("application.pdf.language"));
        language.setItems(options);
        language.setItemLabelGenerator(ApplicationDownload::languagesInThemselves);
        language.setValue(options.get(0));
        language.setWidth("17rem");
        var link = new Anchor();
        link.setId(ID_LINK);
        link.addClassNames("button-link");
        var icon = VaadinIcon.DOWNLOAD.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize("1em");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        link.add(icon, new com.vaadin.flow.component.html.Span(getTranslation("application.pdf.download")));
        Runnable point = () -> link.setHref(DownloadHandler.fromInputStream(event -> {
            try {
                var file = pdfs.applicationPdf(caseId, language.getValue());
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
        notice.showOnAttach(() -> pdfs.citedSources(caseId));
    }

    /** "Қазақ тілі + Русский": each language named in itself, as in the language menu. */
    private static String languagesInThemselves(String tag) {
        return Arrays.stream(tag.split("-")).map(Locale::forLanguageTag).map(l -> {
            var name = l.getDisplayLanguage(l);
            return name.isEmpty() ? l.getLanguage() : name.substring(0, 1).toUpperCase(l) + name.substring(1);
        }).collect(Collectors.joining(" + "));
    }
}
