package org.assemblyportal.assembly;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the case page that another feature contributes, such as the authority's responses
 * (ADR 009). Spring beans implementing it are shown after the application part and before the
 * members, in their {@code @Order}. The case page depends only on this interface, so features that
 * build on cases can add to the page without the case module depending on them.
 */
public interface CaseSection {

    /** The part for this case and the signed-in user's role in it; empty when that role does not see it. */
    Optional<Component> create(CaseDetails details);
}
