package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseSection;
import org.springframework.core.annotation.Order;

/** A link from the case page to its timeline, for those who see the timeline (not monitors). */
@org.springframework.stereotype.Component
@Order(90)
class TimelineCaseSection implements CaseSection {

    static final String ID_LINK = "case-timeline-link";

    @Override
    public Optional<Component> create(CaseDetails details) {
        if (!details.myRole().draftsApplication()) {
            return Optional.empty();
        }
        var icon = VaadinIcon.TIME_FORWARD.create();
        icon.setSize("1em");
        icon.getElement().setAttribute("aria-hidden", "true");
        var link = new Anchor("cases/" + details.id() + "/timeline", "");
        link.add(icon, new Span(" "), new Span(link.getTranslation("timeline.link")));
        link.getElement().setAttribute("router-link", "");
        link.setId(ID_LINK);
        var help = new Span(link.getTranslation("timeline.link.help"));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
        var section = new Div(link, help);
        section.addClassNames("case-timeline-link");
        return Optional.of(section);
    }
}
