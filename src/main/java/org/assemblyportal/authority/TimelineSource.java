package org.assemblyportal.authority;

import java.util.List;
import java.util.Set;
import org.assemblyportal.authority.TimelineEntry.Kind;

/**
 * One source of a case's timeline, such as the filings or the response log. Each is a Spring bean;
 * {@link TimelineService} asks every source whose kinds the reader wants, once per timeline, and
 * puts their entries in order. A new source is one class: what kinds it gives, and its entries
 * built from its own service's public API (one call per timeline, not one per entry).
 */
public interface TimelineSource {

    /** The kinds of entry this source gives; it is not asked when the reader filters them all out. */
    Set<Kind> kinds();

    /** The case's entries of this source, in any order; whether they are past is decided by the timeline. */
    List<TimelineEntry> entries(TimelineContext context);
}
