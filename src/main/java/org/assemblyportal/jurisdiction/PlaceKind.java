package org.assemblyportal.jurisdiction;

/** A designated place is either an area (a square, a park) or a route with ordered points. */
public enum PlaceKind {
    PLACE, ROUTE
}
