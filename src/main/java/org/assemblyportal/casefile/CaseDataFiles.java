package org.assemblyportal.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assemblyportal.monitoring.ObservationView;

/**
 * The case as data for other tools (decision 017): {@code data/case.json} (everything the services
 * show a lawyer), {@code data/observations.csv} (one row per version, for spreadsheets),
 * {@code data/route.geojson} and {@code data/observations.geojson} (for GIS tools), redacted when
 * the export is for publication.
 */
final class CaseDataFiles {

    static final String CASE_JSON = "data/case.json";
    static final String OBSERVATIONS_CSV = "data/observations.csv";
    static final String ROUTE_GEOJSON = "data/route.geojson";
    static final String OBSERVATIONS_GEOJSON = "data/observations.geojson";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    /** Spreadsheets read UTF-8 CSV correctly only with a byte order mark. */
    private static final String BOM = "\uFEFF";
    private static final List<String> CSV_COLUMNS = List.of("id", "chain_id", "version", "supersedes", "retracted",
            "retraction_reason", "category", "segment", "segment_name", "device_time", "received_at", "latitude",
            "longitude", "accuracy_m", "landmark", "facts", "assessment", "participants", "police_officers", "vehicles",
            "detainees", "obstacle_type", "obstacle_length_m", "carriageway_blocked_percent", "passable",
            "workers_present", "work_in_progress", "signage", "permit_number", "policing", "claim_id",
            "claim_assessment", "confidence", "recorded_by", "media_sha256");

    private CaseDataFiles() {
    }

    static Map<String, byte[]> of(CaseSnapshot snapshot, Redaction redaction, Instant exportedAt) {
        var files = new LinkedHashMap<String, byte[]>();
        files.put(CASE_JSON, caseJson(snapshot, redaction, exportedAt));
        files.put(OBSERVATIONS_CSV, observationsCsv(snapshot, redaction));
        files.put(ROUTE_GEOJSON, routeGeoJson(snapshot));
        files.put(OBSERVATIONS_GEOJSON, observationsGeoJson(snapshot, redaction));
        return files;
    }

    private static byte[] caseJson(CaseSnapshot snapshot, Redaction redaction, Instant exportedAt) {
        var root = new LinkedHashMap<String, Object>();
        root.put("format", "assembly-portal-case/1");
        root.put("exportedAt", exportedAt);
        root.put("redacted", redaction.active());
        root.put("case", snapshot.details());
        root.put("filings", snapshot.filings());
        root.put("responses", snapshot.responses());
        root.put("claims", snapshot.claims());
        root.put("communications", snapshot.communications());
        root.put("findings", snapshot.findings());
        root.put("claimTests", snapshot.claimTests());
        root.put("plan", snapshot.plan());
        root.put("observations", snapshot.observations());
        JsonNode tree = JSON.valueToTree(root);
        if (tree.get("case") instanceof ObjectNode details) {
            details.remove("myRole"); // the exporting lawyer's own role says nothing about the case
        }
        return bytes(redaction.apply(tree));
    }

    private static byte[] observationsCsv(CaseSnapshot snapshot, Redaction redaction) {
        var out = new StringBuilder(BOM);
        out.append(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (var o : snapshot.observations()) {
            var location = o.location();
            var counts = o.counts();
            var obstacle = o.obstacle();
            var claim = o.claimTest();
            List<Object> row = new ArrayList<>();
            row.add(o.id());
            row.add(o.chainId());
            row.add(o.version());
            row.add(o.supersedes());
            row.add(o.retracted());
            row.add(o.retractionReason());
            row.add(o.category());
            row.add(o.segment());
            row.add(o.segmentName());
            row.add(o.deviceTime());
            row.add(o.receivedAt());
            row.add(location == null ? null : redaction.coordinate(location.latitude()));
            row.add(location == null ? null : redaction.coordinate(location.longitude()));
            row.add(location == null ? null : location.accuracyMetres());
            row.add(o.landmark());
            row.add(o.facts());
            row.add(o.assessment());
            row.add(counts == null ? null : counts.participants());
            row.add(counts == null ? null : counts.policeOfficers());
            row.add(counts == null ? null : counts.vehicles());
            row.add(counts == null ? null : counts.detainees());
            row.add(obstacle == null ? null : obstacle.type());
            row.add(obstacle == null ? null : obstacle.lengthMetres());
            row.add(obstacle == null ? null : obstacle.carriagewayBlockedPercent());
            row.add(obstacle == null ? null : obstacle.passable());
            row.add(obstacle == null ? null : obstacle.workersPresent());
            row.add(obstacle == null ? null : obstacle.workInProgress());
            row.add(obstacle == null ? null : obstacle.signage());
            row.add(obstacle == null ? null : obstacle.permitNumber());
            row.add(o.policing());
            row.add(claim == null ? null : claim.claimId());
            row.add(claim == null ? null : claim.assessment());
            row.add(claim == null ? null : claim.confidence());
            row.add(redaction.person(o.recordedBy()));
            row.add(o.media().stream().map(ObservationView.Media::sha256).collect(Collectors.joining(" ")));
            out.append(row.stream().map(CaseDataFiles::csvField).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * RFC 4180: quoted when it holds a comma, a quote, a tab or a line break; quotes doubled. Text that
     * a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
     * leading apostrophe, as OWASP advises for CSV injection; numbers stay numbers.
     */
    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !text.matches("[+-]?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.contains("\t")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static byte[] routeGeoJson(CaseSnapshot snapshot) {
        var collection = featureCollection();
        var features = (ArrayNode) collection.get("features");
        for (var segment : snapshot.plan().segments()) {
            var feature = features.addObject();
            feature.put("type", "Feature");
            feature.set("geometry", geometry(segment.geojson()));
            var properties = feature.putObject("properties");
            properties.put("segment", segment.number());
            properties.put("name", segment.name());
            properties.put("filedName", segment.filedName());
            properties.put("onFiledRoute", segment.onFiledRoute());
        }
        return bytes(collection);
    }

    private static byte[] observationsGeoJson(CaseSnapshot snapshot, Redaction redaction) {
        var collection = featureCollection();
        var features = (ArrayNode) collection.get("features");
        for (var o : snapshot.observations()) {
            var location = o.location();
            if (location == null || location.latitude() == null || location.longitude() == null) {
                continue;
            }
            var feature = features.addObject();
            feature.put("type", "Feature");
            var point = feature.putObject("geometry");
            point.put("type", "Point");
            // GeoJSON (RFC 7946) puts longitude first
            point.putArray("coordinates").add(redaction.coordinate(location.longitude()))
                    .add(redaction.coordinate(location.latitude()));
            var properties = feature.putObject("properties");
            properties.put("id", o.id().toString());
            properties.put("version", o.version());
            properties.put("category", Objects.toString(o.category(), null));
            properties.put("segment", o.segment());
            properties.put("deviceTime", Objects.toString(o.deviceTime(), null));
            properties.put("facts", o.facts());
            properties.put("retracted", o.retracted());
            if (location.accuracyMetres() != null) {
                properties.put("accuracyMetres", location.accuracyMetres());
            }
        }
        return bytes(collection);
    }

    private static ObjectNode featureCollection() {
        var collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.putArray("features");
        return collection;
    }

    /** A segment's stored GeoJSON: a geometry, or a feature whose geometry is taken; null when absent or unreadable. */
    private static JsonNode geometry(String geojson) {
        if (geojson == null || geojson.isBlank()) {
            return JSON.nullNode();
        }
        try {
            var node = JSON.readTree(geojson);
            return node.has("geometry") ? node.get("geometry") : node;
        } catch (JsonProcessingException unreadable) {
            return JSON.nullNode();
        }
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write case data as JSON", e);
        }
    }
}
