package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.LabeledRule;

/** Codes of a response in the user's language, from the rule file; a code it no longer has shows as is. */
final class ResponseLabels {

    private ResponseLabels() {
    }

    static String channel(Component translator, Locale locale, Jurisdiction jurisdiction, String code) {
        if (ResponseService.INFORMAL_CHANNEL.equals(code)) {
            return translator.getTranslation("response.channel.informal");
        }
        return rule(jurisdiction.deliveryChannels(), code).map(r -> r.label(locale)).orElse(code);
    }

    static Optional<LabeledRule> rule(List<LabeledRule> rules, String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
