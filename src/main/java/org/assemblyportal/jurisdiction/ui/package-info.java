/**
 * The jurisdiction pages (deadline calculator, rules, decree calendar). Its one public type,
 * {@link org.assemblyportal.jurisdiction.ui.CitationView}, is shared with other features' views so
 * that every legal source looks and links the same everywhere.
 */
@NamedInterface("ui")
package org.assemblyportal.jurisdiction.ui;

import org.springframework.modulith.NamedInterface;
