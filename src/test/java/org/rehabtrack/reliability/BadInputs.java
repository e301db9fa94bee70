package org.rehabtrack.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.rehabtrack.system.TestPhotos;

/**
 * The campaign's bad requests for a target, made by spoiling its valid request: the body as a whole
 * (not JSON, not an object, too large, the wrong media type), each field in turn (missing, null, of
 * the wrong type, too long, in odd characters, an impossible date or amount, an unknown code) and
 * the address (an id that is not one).
 */
final class BadInputs {

    static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Writes every character beyond ASCII as a JSON escape, as a client may: a lone surrogate as
     * {@code \ud800}.
     */
    private static final ObjectMapper ESCAPING =
            new ObjectMapper().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    /**
     * A text put in a field to be replaced, in the body's bytes, by bytes that are not a UTF-8
     * character.
     */
    private static final String BYTES_HERE = "\uE000bytes\uE001";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final String LONG_TEXT = "x".repeat(100_000);

    private BadInputs() {}

    /**
     * Every bad request for the target; with {@code heavy}, also bodies of tens of megabytes, which
     * meet the same limit at every address and so are sent to one address of each kind.
     */
    static List<BadInput> of(WriteTarget target, boolean heavy) {
        List<BadInput> cases = new ArrayList<>();
        if (target.valid() != null) {
            cases.addAll(wholeBody(heavy));
            cases.addAll(fields(target.valid().get(), target.positive()));
        } else if (target.upload() != null) {
            cases.addAll(uploads(target.upload(), heavy));
        } else {
            cases.add(
                    BadInput.allowed(
                            "an unexpected JSON body", JSON, BadInput.fixed(bytes("{\"x\": 1}"))));
            cases.add(
                    BadInput.allowed(
                            "an unexpected text body", "text/plain", BadInput.fixed(bytes("x"))));
        }
        if (target.addressed()) {
            cases.addAll(addresses(target));
        }
        return cases;
    }

    /** The body as a whole: not JSON, not an object, the wrong media type, too large. */
    private static List<BadInput> wholeBody(boolean heavy) {
        List<BadInput> cases = new ArrayList<>();
        String[] malformed = {
            "",
            "{",
            "{\"a\": 1",
            "not json",
            "{\"a\": 1,}",
            "{'a': 1}",
            "{\"a\" 1}",
            "null",
            "[]",
            "[1, 2]",
            "42",
            "\"text\"",
            "true",
            "{}{}",
            "[".repeat(100_000),
            "{\"a\": " + "[".repeat(5_000) + "}"
        };
        for (String body : malformed) {
            cases.add(
                    BadInput.refused(
                            "malformed JSON " + abbreviate(body),
                            JSON,
                            BadInput.fixed(bytes(body))));
        }
        cases.add(
                BadInput.refused(
                        "bytes that are not UTF-8",
                        JSON,
                        BadInput.fixed(
                                new byte[] {
                                    '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'
                                })));
        cases.add(
                BadInput.refused(
                        "a valid body followed by garbage",
                        JSON,
                        valid -> bytes(write(valid) + " trailing")));
        cases.add(
                BadInput.refused(
                        "a valid body twice", JSON, valid -> bytes(write(valid) + write(valid))));
        for (String type :
                new String[] {
                    "text/plain",
                    "application/xml",
                    "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x",
                    "application/octet-stream",
                    "text/html"
                }) {
            cases.add(
                    BadInput.refused(
                            "a valid body sent as " + type, type, valid -> bytes(write(valid))));
        }
        cases.add(
                BadInput.allowed(
                        "a valid body with no media type", null, valid -> bytes(write(valid))));
        cases.add(
                BadInput.refused(
                                "a valid body from a client that only accepts CSV",
                                JSON,
                                valid -> bytes(write(valid)))
                        .withHeader("Accept", "text/csv"));
        cases.add(BadInput.refused("a body over 1 MB", JSON, valid -> oversized(valid, 1_100_000)));
        cases.add(
                BadInput.refused(
                                "a body over 1 MB, streamed without a length",
                                JSON,
                                valid -> oversized(valid, 1_100_000))
                        .streamed());
        if (heavy) {
            cases.add(
                    BadInput.refused(
                                    "a body over 40 MB, streamed without a length",
                                    JSON,
                                    valid -> oversized(valid, 40_000_000))
                            .streamed());
        }
        cases.add(
                BadInput.refused(
                        "an unknown field",
                        JSON,
                        valid -> bytes(write(valid.put("unexpected", 1)))));
        cases.add(BadInput.allowed("an empty object", JSON, BadInput.fixed(bytes("{}"))));
        cases.add(
                BadInput.allowed(
                        "a valid body as JSON in Latin-1",
                        JSON + "; charset=ISO-8859-1",
                        valid ->
                                write(valid)
                                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        return cases;
    }

    /** Each field in turn, and each field of the objects and lists it holds. */
    private static List<BadInput> fields(ObjectNode sample, Set<String> positive) {
        List<BadInput> cases = new ArrayList<>();
        visit(sample, "", new ArrayList<>(), cases, positive);
        return cases;
    }

    private static void visit(
            ContainerNode<?> container,
            String prefix,
            List<Object> path,
            List<BadInput> cases,
            Set<String> positive) {
        if (container instanceof ObjectNode object) {
            if (!path.isEmpty()) {
                cases.add(
                        change(
                                prefix + ".unexpected: an unknown field",
                                true,
                                path,
                                node -> ((ObjectNode) node).put("unexpected", 1)));
            }
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                List<Object> at = append(path, name);
                String field = prefix.isEmpty() ? name : prefix + "." + name;
                cases.addAll(spoil(field, name, object.get(name), at, positive.contains(field)));
                if (object.get(name) instanceof ContainerNode<?> inner) {
                    visit(inner, field, at, cases, positive);
                }
            }
        } else if (container instanceof ArrayNode array
                && !array.isEmpty()
                && array.get(0) instanceof ContainerNode<?> first) {
            visit(first, prefix + "[0]", append(path, 0), cases, positive);
        }
    }

    /**
     * The bad values for one field, chosen by the kind of value it holds in the valid body; {@code
     * positive}: an amount that must be more than zero.
     */
    private static List<BadInput> spoil(
            String field, String name, JsonNode value, List<Object> path, boolean positive) {
        List<BadInput> cases = new ArrayList<>();
        cases.add(set(field, "missing", false, path, null));
        cases.add(set(field, "null", false, path, MAPPER.nullNode()));
        if (value.isValueNode()) {
            cases.add(set(field, "an object", true, path, MAPPER.createObjectNode().put("a", 1)));
            cases.add(set(field, "a list", true, path, MAPPER.createArrayNode().add(1).add(2)));
        }
        if (value.isTextual()) {
            String text = value.asText();
            cases.add(text(field, "empty", false, path, ""));
            cases.add(text(field, "blank", false, path, "   "));
            cases.add(text(field, "100,000 characters", true, path, LONG_TEXT));
            cases.add(
                    text(
                            field,
                            "control characters",
                            false,
                            path,
                            "a\u0007b\u001b[31m\r\nc\u007f"));
            cases.add(text(field, "the NUL character", true, path, "a\u0000b"));
            cases.add(
                    text(
                            field,
                            "unicode",
                            false,
                            path,
                            "Belén 🏗️ 中文 עברית \u202eRTL\u202c e\u0301"));
            // Characters that cannot be stored and written back as UTF-8 (system/Text), sent as
            // JSON
            // escapes (Java's UTF-8 encoder would turn a lone surrogate into "?") and as bytes.
            cases.add(escaped(field, "a lone surrogate (\\ud800)", true, path, "a\ud800b"));
            cases.add(
                    escaped(
                            field,
                            "a surrogate pair reversed (\\ude00\\ud83d)",
                            true,
                            path,
                            "a\ude00\ud83db"));
            cases.add(escaped(field, "the noncharacter U+FFFF", true, path, "a\uffffb"));
            cases.add(
                    escaped(field, "an emoji as a pair of escapes", false, path, "a\ud83c\udfd7b"));
            cases.add(
                    bytesIn(
                            field,
                            "a surrogate as bytes (CESU-8 ED A0 80)",
                            path,
                            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
            cases.add(
                    bytesIn(
                            field,
                            "bytes that are not UTF-8 (C3 28)",
                            path,
                            new byte[] {(byte) 0xC3, (byte) 0x28}));
            // A text is a JSON string: not a number nor a boolean (an enum may take a number as its
            // index, and an amount may be a JSON number, as the API says).
            boolean plainText =
                    !(ENUM.matcher(text).matches() && !isCode(name))
                            && !(DECIMAL.matcher(text).matches() && !isCode(name));
            cases.add(
                    set(
                            field,
                            "a number instead of a text",
                            plainText,
                            path,
                            MAPPER.getNodeFactory().numberNode(12)));
            cases.add(
                    set(
                            field,
                            "a boolean instead of a text",
                            plainText,
                            path,
                            MAPPER.getNodeFactory().booleanNode(true)));
            cases.add(text(field, "SQL", false, path, "x'); drop table center; --"));
            cases.add(
                    text(
                            field,
                            "script",
                            false,
                            path,
                            "<script>alert('x')</script><img src=x onerror=alert(1)>"));
            cases.add(
                    text(
                            field,
                            "a formula",
                            false,
                            path,
                            "=HYPERLINK(\"http://example.invalid\",\"pay\")"));
            if (DATE.matcher(text).matches()) {
                for (String date :
                        new String[] {
                            "2026-02-30",
                            "2026-13-01",
                            "2026-00-10",
                            "31/12/2026",
                            "2026-1-1",
                            "yesterday",
                            "2026-12-31T10:00:00Z"
                        }) {
                    cases.add(text(field, "the impossible date " + date, true, path, date));
                }
                for (String date :
                        new String[] {
                            "0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31", "+10000-01-01"
                        }) {
                    cases.add(
                            text(
                                    field,
                                    "the date " + date + ", outside 1900 to 2199",
                                    true,
                                    path,
                                    date));
                }
                cases.add(text(field, "the first date accepted", false, path, "1900-01-01"));
            } else if (ENUM.matcher(text).matches() && !isCode(name)) {
                cases.add(text(field, "an unknown value", true, path, "NOT_A_VALUE"));
                cases.add(text(field, "in lower case", false, path, text.toLowerCase(Locale.ROOT)));
            } else if (DECIMAL.matcher(text).matches() && !isCode(name)) {
                cases.addAll(amounts(field, path, MONEY.matcher(text).matches(), positive));
            }
            if (name.toLowerCase(Locale.ROOT).endsWith("currency")) {
                cases.add(text(field, "an unknown currency", true, path, "XQZ"));
                cases.add(text(field, "a crypto currency", true, path, "BTC"));
                cases.add(text(field, "a currency in lower case", false, path, "usd"));
            }
        } else if (value.isNumber()) {
            cases.add(text(field, "not a number", true, path, "abc"));
            cases.add(set(field, "negative", false, path, MAPPER.getNodeFactory().numberNode(-1)));
            cases.add(set(field, "zero", false, path, MAPPER.getNodeFactory().numberNode(0)));
            cases.add(raw(field, "1e308", false, path, "1e308"));
            cases.add(raw(field, "beyond a long", false, path, "9223372036854775808"));
            cases.add(raw(field, "three decimals", false, path, "12.345"));
            cases.add(
                    set(
                            field,
                            "a boolean",
                            false,
                            path,
                            MAPPER.getNodeFactory().booleanNode(true)));
            if (value.isIntegralNumber()) {
                // A whole number is a JSON integer: 79.9 is not 79, nor is "79" a number.
                cases.add(raw(field, "a fraction for a whole number (79.9)", true, path, "79.9"));
                cases.add(
                        raw(
                                field,
                                "a whole number written with a fraction (79.0)",
                                true,
                                path,
                                "79.0"));
                cases.add(text(field, "a whole number as a text (\"79\")", true, path, "79"));
            }
        } else if (value.isBoolean()) {
            cases.add(text(field, "yes", true, path, "yes"));
            cases.add(set(field, "a number", false, path, MAPPER.getNodeFactory().numberNode(2)));
        } else if (value.isArray()) {
            cases.add(set(field, "an empty list", false, path, MAPPER.createArrayNode()));
            cases.add(
                    set(
                            field,
                            "a list holding null",
                            false,
                            path,
                            MAPPER.createArrayNode().addNull()));
            cases.add(text(field, "a text instead of a list", true, path, "x"));
        } else if (value.isObject()) {
            cases.add(set(field, "an empty object", false, path, MAPPER.createObjectNode()));
            cases.add(text(field, "a text instead of an object", false, path, "12.00 USD"));
        }
        return cases;
    }

    /**
     * Amounts written as decimal text: money (two decimals) must refuse more decimals and huge
     * sums; a {@code positive} one (a payment) zero and negative amounts.
     */
    private static List<BadInput> amounts(
            String field, List<Object> path, boolean money, boolean positive) {
        List<BadInput> cases = new ArrayList<>();
        cases.add(text(field, "a negative amount", positive, path, "-1.00"));
        if (positive) {
            cases.add(text(field, "zero", true, path, "0.00"));
            cases.add(text(field, "zero without decimals", true, path, "0"));
            cases.add(raw(field, "zero as a JSON number", true, path, "0"));
        }
        cases.add(text(field, "a huge amount", money, path, "99999999999999999999999999.99"));
        cases.add(text(field, "more than two decimals", money, path, "12.345"));
        cases.add(text(field, "an exponent beyond any column", money, path, "1e400"));
        for (String bad :
                new String[] {"NaN", "Infinity", "1,000.00", "12.00 USD", "0x10", "--1"}) {
            cases.add(text(field, "the amount " + bad, true, path, bad));
        }
        return cases;
    }

    /**
     * Multipart uploads: no file, an empty one, one that is not what it claims, an oversized one.
     */
    private static List<BadInput> uploads(WriteTarget.Upload upload, boolean heavy) {
        String fileName = upload == WriteTarget.Upload.PHOTO ? "photo.jpg" : "boq.xlsx";
        String fileType =
                upload == WriteTarget.Upload.PHOTO
                        ? "image/jpeg"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        List<BadInput> cases = new ArrayList<>();
        cases.add(multipart("no file part", true, part -> part.text("caption", "Sin archivo")));
        cases.add(
                multipart(
                        "an empty file",
                        true,
                        part -> part.file("file", fileName, fileType, new byte[0])));
        cases.add(
                multipart(
                        "text claiming to be a " + fileName,
                        true,
                        part ->
                                part.file(
                                        "file",
                                        fileName,
                                        fileType,
                                        bytes("hello, this is not a file"))));
        cases.add(
                multipart(
                        "an HTML page",
                        true,
                        part ->
                                part.file(
                                        "file",
                                        "page.html",
                                        "text/html",
                                        bytes("<html><script>alert(1)</script></html>"))));
        cases.add(
                multipart(
                        "a truncated file",
                        true,
                        part ->
                                part.file(
                                        "file",
                                        fileName,
                                        fileType,
                                        java.util.Arrays.copyOf(
                                                upload == WriteTarget.Upload.PHOTO
                                                        ? TestPhotos.image("jpg")
                                                        : zipHeader(),
                                                40))));
        cases.add(
                multipart(
                        "two file parts",
                        false,
                        part -> {
                            part.file("file", fileName, fileType, bytes("not a file"));
                            part.file("file", fileName, fileType, bytes("not a file either"));
                        }));
        if (upload == WriteTarget.Upload.PHOTO) {
            cases.add(
                    multipart(
                            "a 100,000-character caption",
                            true,
                            part -> {
                                part.file("file", fileName, fileType, TestPhotos.image("jpg"));
                                part.text("caption", LONG_TEXT);
                            }));
            cases.add(
                    multipart(
                            "a PNG named .jpg with a caption in odd characters",
                            false,
                            part -> {
                                part.file("file", fileName, fileType, TestPhotos.image("png"));
                                part.text("caption", "a\u0000b 🏗️ =1+1 <script>");
                            }));
            cases.add(
                    multipart(
                            "JPEG's first bytes, then no picture",
                            true,
                            part -> {
                                byte[] fake = new byte[5000];
                                java.util.Arrays.fill(fake, (byte) 0x5A);
                                fake[0] = (byte) 0xFF;
                                fake[1] = (byte) 0xD8;
                                fake[2] = (byte) 0xFF;
                                part.file("file", fileName, fileType, fake);
                            }));
            cases.add(
                    multipart(
                            "a PNG declaring 30000x30000 pixels",
                            true,
                            part ->
                                    part.file(
                                            "file",
                                            "huge.png",
                                            "image/png",
                                            TestPhotos.pngDeclaring(30_000, 30_000))));
            cases.add(
                    multipart(
                            "a phone JPEG with GPS and orientation",
                            false,
                            part ->
                                    part.file(
                                            "file",
                                            fileName,
                                            fileType,
                                            TestPhotos.jpegWithExif(64, 48, 6))));
            cases.add(
                    multipart(
                            "a caption holding U+FFFF, which cannot be stored",
                            true,
                            part -> {
                                part.file("file", fileName, fileType, TestPhotos.image("jpg"));
                                part.text("caption", "Techo \uFFFF");
                            }));
        }
        if (upload == WriteTarget.Upload.WORKBOOK) {
            cases.add(
                    multipart(
                            "a workbook of 6,000 rows, over the row limit",
                            true,
                            part -> part.file("file", fileName, fileType, rows(6_000))));
        }
        cases.add(
                multipart(
                        "a file over the upload limit",
                        true,
                        part -> part.file("file", fileName, fileType, new byte[45 * 1024 * 1024])));
        if (heavy) {
            cases.add(
                    multipart(
                                    "a file over the upload limit, streamed",
                                    true,
                                    part ->
                                            part.file(
                                                    "file",
                                                    fileName,
                                                    fileType,
                                                    new byte[45 * 1024 * 1024]))
                            .streamed());
        }
        cases.add(
                multipart(
                        "a broken multipart envelope",
                        true,
                        part -> part.raw(bytes("--no-such-boundary\r\nnope"))));
        cases.add(
                BadInput.refused(
                        "JSON instead of a file",
                        JSON,
                        BadInput.fixed(bytes("{\"file\": \"x\"}"))));
        cases.add(
                BadInput.refused(
                        "bytes with no media type", null, BadInput.fixed(bytes("GIF89a"))));
        return cases;
    }

    /** A bill of quantities of this many rows, as the import benchmark writes one. */
    private static byte[] rows(int count) {
        try {
            java.nio.file.Path file =
                    java.nio.file.Files.createTempFile("bad-input-rows-", ".xlsx");
            try {
                org.rehabtrack.preliminary.MillionRowWorkbook.write(file, count);
                return java.nio.file.Files.readAllBytes(file);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The address with an id or code that is not one: each must be refused, the body being valid.
     */
    private static List<BadInput> addresses(WriteTarget target) {
        List<BadInput> cases = new ArrayList<>();
        String contentType =
                target.valid() != null ? JSON : target.upload() != null ? Multipart.TYPE : null;
        Function<ObjectNode, byte[]> content =
                target.valid() != null
                        ? valid -> bytes(write(valid))
                        : target.upload() != null
                                ? valid -> Multipart.photo()
                                : BadInput.fixed(null);
        for (String id :
                new String[] {
                    "abc",
                    "-1",
                    "0",
                    "99999999999999999999",
                    "1.5",
                    "999999999",
                    "%27%20or%201%3D1",
                    "NO-SUCH-CENTER",
                    "x".repeat(2_000)
                }) {
            cases.add(
                    new BadInput(
                                    "the address " + abbreviate(id),
                                    true,
                                    contentType,
                                    content,
                                    null,
                                    false,
                                    Map.of())
                            .at(replaceAddress(target, id)));
        }
        return cases;
    }

    private static String replaceAddress(WriteTarget target, String id) {
        String template = target.endpoint().substring(target.endpoint().indexOf(' ') + 1);
        return template.replaceFirst("\\{[a-z]+\\}", id).replaceAll("\\{[a-z]+\\}", "1");
    }

    private static boolean isCode(String name) {
        return Set.of("code", "acronym", "username", "reference").contains(name)
                || name.endsWith("Code");
    }

    private static BadInput text(
            String field, String what, boolean refused, List<Object> path, String text) {
        return set(field, what, refused, path, MAPPER.getNodeFactory().textNode(text));
    }

    /**
     * The valid body with the field's text written with every non-ASCII character as a JSON escape.
     */
    private static BadInput escaped(
            String field, String what, boolean refused, List<Object> path, String text) {
        return set(field, what, refused, path, MAPPER.getNodeFactory().textNode(text), ESCAPING);
    }

    /**
     * The valid body with the field's text holding raw bytes (which are not a UTF-8 character):
     * refused.
     */
    private static BadInput bytesIn(String field, String what, List<Object> path, byte[] raw) {
        BadInput marked = text(field, what, true, path, "a" + BYTES_HERE + "b");
        return BadInput.refused(
                marked.name(),
                JSON,
                valid -> {
                    String body = new String(marked.body().apply(valid), UTF_8);
                    int at = body.indexOf(BYTES_HERE);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(bytes(body.substring(0, at)));
                    out.writeBytes(raw);
                    out.writeBytes(bytes(body.substring(at + BYTES_HERE.length())));
                    return out.toByteArray();
                });
    }

    private static BadInput raw(
            String field, String what, boolean refused, List<Object> path, String json) {
        try {
            return set(field, what, refused, path, MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid body with one field set to a value, or removed (null). */
    private static BadInput set(
            String field, String what, boolean refused, List<Object> path, JsonNode value) {
        return set(field, what, refused, path, value, MAPPER);
    }

    /** The same, the body written by {@code writer}. */
    private static BadInput set(
            String field,
            String what,
            boolean refused,
            List<Object> path,
            JsonNode value,
            ObjectMapper writer) {
        return change(
                field + ": " + what,
                refused,
                path.subList(0, path.size() - 1),
                writer,
                parent -> {
                    Object last = path.get(path.size() - 1);
                    if (parent instanceof ObjectNode object) {
                        if (value == null) {
                            object.remove((String) last);
                        } else {
                            object.set((String) last, value);
                        }
                    } else if (parent instanceof ArrayNode array) {
                        if (value == null) {
                            array.remove((Integer) last);
                        } else {
                            array.set((Integer) last, value);
                        }
                    }
                });
    }

    private static BadInput change(
            String name, boolean refused, List<Object> path, Consumer<JsonNode> change) {
        return change(name, refused, path, MAPPER, change);
    }

    private static BadInput change(
            String name,
            boolean refused,
            List<Object> path,
            ObjectMapper writer,
            Consumer<JsonNode> change) {
        Function<ObjectNode, byte[]> body =
                valid -> {
                    JsonNode node = valid;
                    for (Object step : path) {
                        node =
                                step instanceof String key
                                        ? node.get(key)
                                        : node.get((Integer) step);
                    }
                    change.accept(node);
                    return bytes(write(valid, writer));
                };
        return refused ? BadInput.refused(name, JSON, body) : BadInput.allowed(name, JSON, body);
    }

    private static BadInput multipart(String name, boolean refused, Consumer<Multipart> parts) {
        Function<ObjectNode, byte[]> body =
                valid -> {
                    Multipart multipart = new Multipart();
                    parts.accept(multipart);
                    return multipart.content();
                };
        return refused
                ? BadInput.refused(name, Multipart.TYPE, body)
                : BadInput.allowed(name, Multipart.TYPE, body);
    }

    private static byte[] oversized(ObjectNode valid, int size) {
        String filler = "a".repeat(size);
        Iterator<String> names = valid.fieldNames();
        valid.put(names.hasNext() ? names.next() : "filler", filler);
        return bytes(write(valid));
    }

    private static byte[] zipHeader() {
        return new byte[] {
            'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        };
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    static String write(JsonNode node) {
        return write(node, MAPPER);
    }

    private static String write(JsonNode node, ObjectMapper writer) {
        try {
            return writer.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String abbreviate(String text) {
        String shown = text.isEmpty() ? "(empty)" : text;
        return shown.length() <= 24
                ? shown
                : shown.substring(0, 12) + "…(" + shown.length() + " characters)";
    }

    /** A multipart/form-data body. */
    static final class Multipart {
        static final String BOUNDARY = "campaign-boundary-7MA4YWxkTrZu0gW";
        static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private boolean parts;

        static byte[] photo() {
            Multipart multipart = new Multipart();
            multipart.file("file", "photo.jpg", "image/jpeg", TestPhotos.image("jpg"));
            return multipart.content();
        }

        void text(String name, String value) {
            parts = true;
            out.writeBytes(
                    BadInputs.bytes(
                            "--"
                                    + BOUNDARY
                                    + "\r\nContent-Disposition: form-data; name=\""
                                    + name
                                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                                    + value
                                    + "\r\n"));
        }

        void file(String name, String fileName, String type, byte[] content) {
            parts = true;
            out.writeBytes(
                    BadInputs.bytes(
                            "--"
                                    + BOUNDARY
                                    + "\r\nContent-Disposition: form-data; name=\""
                                    + name
                                    + "\"; filename=\""
                                    + fileName
                                    + "\"\r\nContent-Type: "
                                    + type
                                    + "\r\n\r\n"));
            out.writeBytes(content);
            out.writeBytes(BadInputs.bytes("\r\n"));
        }

        void raw(byte[] content) {
            out.writeBytes(content);
        }

        byte[] content() {
            if (parts) {
                out.writeBytes(BadInputs.bytes("--" + BOUNDARY + "--\r\n"));
                parts = false;
            }
            return out.toByteArray();
        }
    }
}
