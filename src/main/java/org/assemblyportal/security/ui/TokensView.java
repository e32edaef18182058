package org.assemblyportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.security.IssuedToken;
import org.assemblyportal.security.Roles;
import org.assemblyportal.security.TokenService;
import org.assemblyportal.security.TokenSummary;

/** A user's personal API tokens: create one (shown once), see when each was used, revoke. */
@Route("tokens")
@Menu(order = 90, icon = "vaadin:key", title = "menu.tokens")
@RolesAllowed({Roles.ORGANIZER, Roles.MONITOR, Roles.LAWYER, Roles.ADMIN})
class TokensView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_NAME = "token-name";
    static final String ID_CREATE = "token-create";
    static final String ID_NEW_TOKEN = "token-new-value";
    static final String ID_GRID = "token-grid";

    private final TokenService tokens;
    private final Grid<TokenSummary> grid = new Grid<>();
    private final VerticalLayout newTokenBox = new VerticalLayout();

    TokensView(TokenService tokens) {
        this.tokens = tokens;
        var name = new TextField(getTranslation("tokens.name"));
        name.setId(ID_NAME);
        name.setPlaceholder(getTranslation("tokens.name.placeholder"));
        var errors = new FieldErrors(Map.of("name", name));
        var create = new Button(getTranslation("tokens.create"), click -> {
            try {
                showNewToken(tokens.issue(name.getValue()));
                name.clear();
                errors.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        create.setId(ID_CREATE);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var createRow = new HorizontalLayout(name, create);
        createRow.setAlignItems(Alignment.BASELINE);
        newTokenBox.setVisible(false);
        newTokenBox.setPadding(false);

        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId(ID_GRID);
        grid.addColumn(TokenSummary::name).setHeader(getTranslation("tokens.name"));
        grid.addColumn(t -> format(formatter, t.createdAt())).setHeader(getTranslation("tokens.created"));
        grid.addColumn(t -> format(formatter, t.expiresAt())).setHeader(getTranslation("tokens.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never-used") : format(formatter, t.lastUsedAt()))
                .setHeader(getTranslation("tokens.last-used"));
        grid.addColumn(t -> getTranslation("tokens.status." + t.status().name().toLowerCase()))
                .setHeader(getTranslation("tokens.status"));
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("tokens.actions"));
        grid.setEmptyStateText(getTranslation("tokens.empty"));
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), createRow,
                newTokenBox, grid);
        refresh();
    }

    private Button revokeButton(TokenSummary token) {
        var revoke = new Button(getTranslation("tokens.revoke"), click -> {
            tokens.revoke(token.id());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setEnabled(token.status() == TokenSummary.Status.ACTIVE);
        return revoke;
    }

    private void showNewToken(IssuedToken issued) {
        var value = new TextField(getTranslation("tokens.new-value"));
        value.setId(ID_NEW_TOKEN);
        value.setValue(issued.token());
        value.setReadOnly(true);
        value.setWidthFull();
        newTokenBox.removeAll();
        newTokenBox.add(new Paragraph(getTranslation("tokens.copy-now")), value);
        newTokenBox.setVisible(true);
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private String format(DateTimeFormatter formatter, Instant instant) {
        return formatter.format(instant.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
