/**
 * What the authority answered to a case's filing: the response log. Each response is recorded as
 * received (when, how, document number, signatory, outcome and refusal grounds from the
 * jurisdiction's rule file, conditions, the reason word for word) with its files kept as evidence.
 * Responses are never changed. Only the case's organizers, co-organizers and lawyers record and
 * read them.
 * <p>
 * The communications log keeps the case's other contacts with the authority (meetings, calls,
 * letters, requests to withdraw, offers of alternatives) in the same way: as told, never changed.
 */
@ApplicationModule(displayName = "Authority responses",
        allowedDependencies = {"base", "security", "jurisdiction", "jurisdiction :: ui", "assembly", "evidence", "pdf"})
package org.assemblyportal.authority;

import org.springframework.modulith.ApplicationModule;
