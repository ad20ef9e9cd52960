package org.taawun.support.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of the directory: UTF-8 (a byte order mark is accepted), a header line naming the columns in any
 * order, a comma or a semicolon between values (spreadsheets set to French write semicolons), lines starting with
 * {@code #} ignored. Columns: {@link #COLUMNS}; {@code kind}, {@code name_ar}, {@code name_fr}, {@code phone} and
 * {@code country} are required; an {@code id} column, when filled, names the service a row updates.
 */
final class ServiceCsv {

    /** The columns and the form field each fills (the field's name in {@link FieldProblem}). */
    static final Map<String, String> COLUMNS = columns();

    static final Set<String> REQUIRED = Set.of("kind", "name_ar", "name_fr", "phone", "country");
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 2_000;

    /** A row of the file: its line number (the header is line 1), the service id it updates if any, its values. */
    record Row(long line, String id, ServiceForm form) {}

    /** Thrown when the file as a whole cannot be read; rows are not looked at then. */
    static final class Unreadable extends Exception {
        private final FieldProblem problem;

        Unreadable(FieldProblem problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }

        FieldProblem problem() {
            return problem;
        }
    }

    private ServiceCsv() {}

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("kind", "kind");
        columns.put("name_ar", "nameAr");
        columns.put("name_fr", "nameFr");
        columns.put("phone", "phone");
        columns.put("country", "country");
        columns.put("region_code", "regionCode");
        columns.put("city", "city");
        columns.put("address", "address");
        columns.put("hours", "hours");
        columns.put("free", "free");
        columns.put("languages", "languages");
        columns.put("latitude", "latitude");
        columns.put("longitude", "longitude");
        columns.put("national", "national");
        columns.put("example", "example");
        return Collections.unmodifiableMap(columns);
    }

    static List<Row> read(byte[] bytes) throws Unreadable {
        if (bytes == null || bytes.length == 0) {
            throw new Unreadable(new FieldProblem("file", "support.csv.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable(new FieldProblem("file", "support.csv.too-large", MAX_BYTES / 1024));
        }
        String text = decode(bytes);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiterOf(text))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> header = header(parser.getHeaderMap());
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new Unreadable(new FieldProblem("file", "support.csv.too-many-rows", MAX_ROWS));
                }
                rows.add(row(record, header, parser.getCurrentLineNumber()));
            }
            if (rows.isEmpty()) {
                throw new Unreadable(new FieldProblem("file", "support.csv.no-rows"));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new Unreadable(new FieldProblem("file", "support.csv.malformed"));
        }
    }

    private static String decode(byte[] bytes) throws Unreadable {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Unreadable(new FieldProblem("file", "support.csv.encoding"));
        }
    }

    /** A semicolon when the header line has semicolons and no comma, else a comma. */
    private static char delimiterOf(String text) {
        String firstLine = text.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .findFirst()
                .orElse("");
        return firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
    }

    private static Map<String, Integer> header(Map<String, Integer> raw) throws Unreadable {
        if (raw == null || raw.isEmpty()) {
            throw new Unreadable(new FieldProblem("file", "support.csv.no-rows"));
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> column : raw.entrySet()) {
            String name = column.getKey().strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.containsKey(name)) {
                throw new Unreadable(new FieldProblem("file", "support.csv.unknown-column", column.getKey()));
            }
            header.put(name, column.getValue());
        }
        for (String required : REQUIRED) {
            if (!header.containsKey(required)) {
                throw new Unreadable(new FieldProblem("file", "support.csv.missing-column", required));
            }
        }
        return header;
    }

    private static Row row(CSVRecord record, Map<String, Integer> header, long line) {
        Map<String, String> v = new LinkedHashMap<>();
        header.forEach((name, index) -> v.put(name, index < record.size() ? record.get(index) : ""));
        ServiceForm form = new ServiceForm(
                v.getOrDefault("kind", ""),
                v.getOrDefault("name_ar", ""),
                v.getOrDefault("name_fr", ""),
                v.getOrDefault("phone", ""),
                v.getOrDefault("address", ""),
                v.getOrDefault("city", ""),
                v.getOrDefault("country", ""),
                v.getOrDefault("region_code", ""),
                v.getOrDefault("hours", ""),
                yes(v.get("free")),
                v.getOrDefault("languages", ""),
                v.getOrDefault("latitude", ""),
                v.getOrDefault("longitude", ""),
                yes(v.get("national")),
                yes(v.get("example")));
        return new Row(line, v.getOrDefault("id", ""), form);
    }

    /** Booleans as people write them in a spreadsheet; anything else (blank included) is false. */
    static boolean yes(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "oui", "o", "vrai", "x", "نعم" -> true;
            default -> false;
        };
    }

    /** The template offered for download: the header, comments that explain the columns, one example row. */
    static String template() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer =
                CSVFormat.DEFAULT.builder().setCommentMarker('#').get().print(out)) {
            printer.printComment("""
                    Taawun support directory. One service a row; lines starting with # are ignored.
                    kind: LISTENING_LINE POLICE GENDARMERIE CIVIL_PROTECTION AMBULANCE COURT_CELL HOSPITAL_UNIT \
                    LISTENING_CENTRE SHELTER LEGAL_AID PSYCHOLOGICAL_SUPPORT
                    country: MA or TN. region_code: MA-01..MA-12, TN-11..TN-83 (empty for a national number).
                    phone: a short number (8350) or a full number of the country (+212 5.., 06.., +216 ..).
                    free, national, example: yes or no. languages: ar ary aeb fr en zgh, separated by commas.
                    latitude, longitude: decimal degrees, optional.
                    id: empty to add a service; to update one, its id (the row then replaces all its values).""");
            printer.printRecord(COLUMNS.keySet());
            printer.printRecord(
                    "",
                    "LISTENING_CENTRE",
                    "مركز الاستماع (مثال)",
                    "Centre d'écoute (exemple)",
                    "+212522000000",
                    "MA",
                    "MA-06",
                    "Casablanca",
                    "Adresse à compléter",
                    "Lun-Ven 9:00-17:00",
                    "yes",
                    "ary,ar,fr",
                    "",
                    "",
                    "no",
                    "yes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
