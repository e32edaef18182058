package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.LabeledRule;
import org.assemblyportal.jurisdiction.PermittedCondition;

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

    /** The choice for a reason the law does not list; it has no legal source, by definition. */
    static LabeledRule groundNotInLaw(Component translator) {
        return new LabeledRule(ResponseService.GROUND_NOT_IN_LAW, java.util.Map.of(
                "en", translator.getTranslation(Locale.ENGLISH, "response.ground.not-in-law"),
                "ru", translator.getTranslation(Locale.forLanguageTag("ru"), "response.ground.not-in-law"),
                "kk", translator.getTranslation(Locale.forLanguageTag("kk"), "response.ground.not-in-law")), null);
    }

    /** The choice for a condition the law does not provide for; it has no legal source, by definition. */
    static LabeledRule conditionNotInLaw(Component translator) {
        return new LabeledRule(ResponseService.CONDITION_NOT_IN_LAW, java.util.Map.of(
                "en", translator.getTranslation(Locale.ENGLISH, "response.condition.not-in-law"),
                "ru", translator.getTranslation(Locale.forLanguageTag("ru"), "response.condition.not-in-law"),
                "kk", translator.getTranslation(Locale.forLanguageTag("kk"), "response.condition.not-in-law")), null);
    }

    /** The conditions to choose from: the rule file's, then the one the law does not provide for. */
    static List<LabeledRule> conditionChoices(Component translator, Jurisdiction jurisdiction) {
        var choices = new java.util.ArrayList<>(jurisdiction.compliance().permittedConditions().stream()
                .map(PermittedCondition::rule).toList());
        choices.add(conditionNotInLaw(translator));
        return choices;
    }

    static Optional<LabeledRule> rule(List<LabeledRule> rules, String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
