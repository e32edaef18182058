package org.assemblyportal.monitoring;

/**
 * Where the phone was, as its geolocation says: degrees (WGS 84) and the radius of its accuracy in
 * metres. All three are given together or the observation has no location (a landmark then says where).
 * Kept to 7 decimals of a degree (about 1 cm) and to the centimetre.
 */
public record Location(Double latitude, Double longitude, Double accuracyMetres) {
}
