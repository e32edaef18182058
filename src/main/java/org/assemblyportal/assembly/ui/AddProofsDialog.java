package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.assembly.ProofKind;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;

/** Adds proof files to a filing already recorded; the filing itself stays as it was. */
class AddProofsDialog extends Dialog {

    static final String ID_SUBMIT = "add-proofs-submit";

    AddProofsDialog(FilingService filings, UUID caseId, FilingView filing, Consumer<FilingView> added) {
        setHeaderTitle(getTranslation("filing.add-proofs.title", filing.sequence()));
        setWidth("min(40rem, 100vw)");
        var intro = new Paragraph(getTranslation("filing.add-proofs.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        var proofs = new ProofUploads(() -> ProofKind.STAMPED_COPY);
        var errors = new FieldErrors(Map.of());
        var submit = new Button(getTranslation("filing.add-proofs.submit"), click -> {
            try {
                var view = filings.addProofs(caseId, filing.sequence(), proofs.uploads());
                proofs.discard();
                close();
                added.accept(view);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        submit.setId(ID_SUBMIT);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, proofs);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), submit);
    }
}
