package org.assemblyportal.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.assemblyportal.base.SignedInUser;
import org.springframework.beans.factory.annotation.Value;

/**
 * The application shell. The side navigation is built from the views' {@code @Menu} annotations
 * (their titles are translation keys), so features add menu entries without touching this class,
 * and a user only sees entries for views they may open.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public static final String ID_USER_MENU = "user-menu";
    public static final String ID_LOGOUT = "logout";
    public static final String ID_NAV = "main-nav";
    public static final String ID_SIGN_IN = "sign-in";

    private final SignedInUser signedInUser;
    private final String sourceUrl;

    MainLayout(SignedInUser signedInUser, @Value("${portal.source-url:}") String sourceUrl) {
        this.signedInUser = signedInUser;
        this.sourceUrl = sourceUrl;
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        addToNavbar(true, toggle, header());
        addToDrawer(appName(), navigation(), footer());
    }

    private HorizontalLayout header() {
        var spacer = new Span();
        var header = new HorizontalLayout(spacer, new LanguageSelect(signedInUser));
        header.setFlexGrow(1, spacer);
        signedInUser.displayName().ifPresentOrElse(name -> header.add(userMenu(name)), () -> {
            var signIn = new Anchor("login", getTranslation("shell.sign-in"));
            signIn.setId(ID_SIGN_IN);
            header.add(signIn);
        });
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.addClassNames(LumoUtility.Padding.End.MEDIUM);
        return header;
    }

    private MenuBar userMenu(String name) {
        var menu = new MenuBar();
        menu.setId(ID_USER_MENU);
        menu.addThemeName("tertiary-inline");
        var avatar = new Avatar(name);
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        // The menu item around it takes the focus; a focusable element hidden from readers is a trap.
        avatar.getElement().setAttribute("tabindex", "-1");
        var label = new Span(name);
        label.addClassName("user-name");
        var content = new HorizontalLayout(avatar, label);
        content.setSpacing(false);
        content.addClassNames(LumoUtility.Gap.SMALL);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        var user = menu.addItem(content);
        user.setAriaLabel(name);
        user.getSubMenu().addItem(getTranslation("shell.logout"), click -> signedInUser.logout())
                .setId(ID_LOGOUT);
        return menu;
    }

    private H1 appName() {
        var title = new H1(getTranslation("app.name"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.MEDIUM);
        return title;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setId(ID_NAV);
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private SideNavItem navItem(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        item.setId("nav-" + entry.path().replaceAll("[^a-zA-Z0-9]+", "-"));
        return item;
    }

    private Footer footer() {
        var footer = new Footer(new Span(getTranslation("shell.licence")));
        // AGPL-3.0 section 13: users of a network service are offered its source.
        if (!sourceUrl.isBlank()) {
            var source = new Anchor(sourceUrl, getTranslation("shell.source"));
            source.addClassNames(LumoUtility.Display.BLOCK);
            footer.add(source);
        }
        footer.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.MEDIUM);
        return footer;
    }
}
