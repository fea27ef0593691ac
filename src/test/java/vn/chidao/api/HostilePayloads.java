package vn.chidao.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik's generators of hostile payloads for one write endpoint: its valid body with one field broken (wrong type,
 * missing, over its limit, an invalid date, an unknown enum value, a code or id of another government, nested
 * garbage), a malformed body, or a hostile id in the path. Each payload says whether the API must refuse it; the
 * hostile but legal texts (script tags, SQL, unicode edge cases within the limit) may be accepted by the endpoints
 * that can be repeated.
 */
final class HostilePayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "~RAW~";

    /** The kind of a field, which says how to break it. */
    enum Kind { TEXT, CODE, SYMBOL, DATE, DATETIME, ENUM, INT, BOOL, CODES, IDS, ID_MAP, OBJECT, OBJECTS }

    /**
     * A field of a body: its limit is a length for texts and codes, a count for lists. A name with slashes
     * ({@code directives/0/content}) is a field inside the body's lists and objects.
     */
    record Field(String name, Kind kind, int limit, boolean required) {
    }

    /** A write endpoint; {@code path} holds the id as {@code {id}}; {@code foreignIds}: ids of another government. */
    record Endpoint(String method, String path, String id, Map<String, Object> body, List<Field> fields,
                    boolean repeatable, String role, List<String> foreignIds) {

        String label() {
            return method + " " + path;
        }

        boolean bodyRequired() {
            return fields.stream().anyMatch(Field::required);
        }
    }

    /** One request to send; {@code body} is raw JSON text or null. */
    record Payload(String what, String path, String body, boolean mustReject) {
    }

    private static final List<String> HOSTILE_PIECES = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE assignment; --",
            "' OR '1'='1", "1; DELETE FROM app_user", "${jndi:ldap://x/a}", "#{7*7}", "{{7*7}}", "../../etc/passwd",
            "\u202Ebên phải sang trái\u202C", "\u200F\u200E", "\u200B\u200C\u200D\uFEFF", "😀👩‍👩‍👧‍👦🇻🇳",
            "\u0000", "\u0007\b\f", "Kết luận của Ban Chỉ đạo", "e\u0301\u0301\u0301", "%00%0d%0a", "\\u0000",
            "~LONEHI~", "~LONELO~", "ﷺ", "\uFFFF", "𝕳𝖔𝖘𝖙𝖎𝖑𝖊");

    private HostilePayloads() {
    }

    /**
     * {@code count} payloads for an endpoint, the same for the same seed. Outside a jqwik property, jqwik's sample
     * stream draws from its thread's source of randomness, which is seeded here (by reflection: an engine class).
     */
    static List<Payload> sample(Endpoint endpoint, int count, long seed) {
        try {
            Class.forName("net.jqwik.engine.SourceOfRandomness").getMethod("create", String.class)
                    .invoke(null, Long.toString(seed));
        } catch (ReflectiveOperationException error) {
            throw new IllegalStateException("jqwik's source of randomness cannot be seeded", error);
        }
        List<Payload> payloads = new ArrayList<>(payloads(endpoint).sampleStream().limit(count).toList());
        payloads.addAll(justOverTheLimit(endpoint));
        return payloads;
    }

    /** The edge cases drawn every time: each text of the body one character longer than its limit. */
    private static List<Payload> justOverTheLimit(Endpoint e) {
        if (e.body() == null) {
            return List.of();
        }
        return e.fields().stream()
                .filter(f -> f.limit() > 0 && (f.kind() == Kind.TEXT || f.kind() == Kind.CODE || f.kind() == Kind.SYMBOL))
                .map(f -> payload(e, f.name() + " one over " + f.limit(), f.name(), "x".repeat(f.limit() + 1), true))
                .toList();
    }

    static Arbitrary<Payload> payloads(Endpoint e) {
        if (e.body() == null) {
            return hostilePath(e);
        }
        List<Arbitrary<Payload>> kinds = new ArrayList<>();
        kinds.add(malformedBody(e));
        if (e.id() != null) {
            kinds.add(hostilePath(e));
        }
        for (Field field : e.fields()) {
            kinds.add(broken(field, e.foreignIds()).map(value -> payload(e, "broken " + field.name(), field.name(), value, true)));
            if (field.required()) {
                kinds.add(Arbitraries.just(payload(e, "missing " + field.name(), field.name(), REMOVE, true)));
            }
            if (e.repeatable() && field.kind() == Kind.TEXT) {
                kinds.add(legalHostileText(field.limit())
                        .map(value -> payload(e, "hostile text in " + field.name(), field.name(), value, false)));
            }
        }
        return Arbitraries.oneOf(kinds);
    }

    private static final Object REMOVE = new Object();

    @SuppressWarnings("unchecked")
    private static Payload payload(Endpoint e, String what, String name, Object value, boolean mustReject) {
        Map<String, Object> body = copy(e.body());
        List<String> raws = new ArrayList<>();
        String[] steps = name.split("/");
        Map<String, Object> parent = body;
        for (int i = 0; i < steps.length - 1; i += 2) {
            parent = (Map<String, Object>) ((List<Object>) parent.get(steps[i])).get(Integer.parseInt(steps[i + 1]));
        }
        String last = steps[steps.length - 1];
        if (value == REMOVE) {
            parent.remove(last);
        } else if (value instanceof Repeat repeat) {
            parent.put(last, Collections.nCopies(repeat.times(), ((List<?>) parent.get(last)).get(0)));
        } else {
            parent.put(last, unraw(value, raws));
        }
        return new Payload(what, e.path().replace("{id}", e.id() == null ? "" : e.id()), write(body, raws),
                mustReject);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> body) {
        return JSON.convertValue(body, LinkedHashMap.class);
    }

    /** A list of as many copies of the field's first element. */
    record Repeat(int times) {
    }

    /** A value that is raw JSON text, put into the body as written (numbers beyond any type, deep nesting). */
    record Raw(String json) {
    }

    private static Object unraw(Object value, List<String> raws) {
        if (value instanceof Raw raw) {
            raws.add(raw.json());
            return RAW + (raws.size() - 1) + "~";
        }
        return value;
    }

    private static String write(Object body, List<String> raws) {
        try {
            String text = JSON.writeValueAsString(body);
            for (int i = 0; i < raws.size(); i++) {
                text = text.replace("\"" + RAW + i + "~\"", raws.get(i));
            }
            return text.replace("~LONEHI~", "\\ud800").replace("~LONELO~", "\\udc00");
        } catch (JsonProcessingException error) {
            throw new IllegalStateException(error);
        }
    }

    private static Arbitrary<Payload> malformedBody(Endpoint e) {
        String path = e.path().replace("{id}", e.id() == null ? "" : e.id());
        Arbitrary<String> malformed = Arbitraries.oneOf(
                Arbitraries.of("{", "{\"a\":}", "[", "}", "\"text\"", "42", "true", "[]", "[{}]", "[null]",
                        "{\"a\":1,}", "{'a':1}", "{\"a\" 1}", "\u0000", "<xml/>", "--", "{\"a\":\"\\x\"}",
                        "{\"a\":\"\\ud800\"", "{\"a\":NaN}", "{\"a\":01}"),
                Arbitraries.integers().between(1100, 5000).map(HostilePayloads::nested),
                Arbitraries.integers().between(1100, 3000).map(d -> "{\"x\":" + nested(d) + "}"));
        List<Arbitrary<Payload>> kinds = new ArrayList<>();
        kinds.add(malformed.map(body -> new Payload("malformed body", path, body, true)));
        if (e.bodyRequired()) {
            kinds.add(Arbitraries.of("{}", "null", "").map(body -> new Payload("empty body", path, body, true)));
        }
        kinds.add(Combinators.combine(Arbitraries.of(e.fields()), nestedGarbage(true))
                .filter((f, garbage) -> f.kind() != Kind.OBJECT || !(garbage instanceof Map))
                .as((f, garbage) -> payload(e, "garbage in " + f.name(), f.name(), garbage, true)));
        return Arbitraries.oneOf(kinds);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static Arbitrary<Payload> hostilePath(Endpoint e) {
        List<String> ids = new ArrayList<>(List.of("abc", "99999999999999999999", "1.5", "-1", "0", "NaN",
                "%27%20OR%201%3D1", "<script>", "x".repeat(300), "SO_X"));
        ids.addAll(e.foreignIds());
        String body = e.body() == null ? null : write(e.body(), List.of());
        return Arbitraries.of(ids).map(id -> new Payload("hostile id " + id, e.path().replace("{id}", id), body,
                true));
    }

    private static Arbitrary<Object> broken(Field field, List<String> foreign) {
        List<Arbitrary<Object>> kinds = new ArrayList<>();
        kinds.add(nestedGarbage(field.kind() != Kind.OBJECT));
        if (!foreign.isEmpty() && (field.kind() == Kind.CODE || field.kind() == Kind.IDS)) {
            kinds.add(Arbitraries.of(foreign).map(v -> field.kind() == Kind.IDS ? List.of(Long.parseLong(v)) : v));
        }
        switch (field.kind()) {
            case TEXT -> {
                kinds.add(scalarNotText());
                kinds.add(overLength(field.limit()));
            }
            case CODE -> {
                kinds.add(scalarNotText());
                kinds.add(overLength(Math.max(field.limit(), 60)));
                kinds.add(Arbitraries.of("SO_X", "SO\u200B_A", "\u202EA_OS", "<script>", "' OR 1=1 --",
                        "so_a ", "😀").map(v -> (Object) v));
            }
            case SYMBOL -> {
                kinds.add(scalarNotText());
                kinds.add(overLength(field.limit()));
                kinds.add(Arbitraries.of("SO\u200B_A", "\u202EA_OS", "A\u0000B", "\u200F59/TB")
                        .map(v -> (Object) v));
            }
            case DATE -> kinds.add(Arbitraries.of("2030-02-30", "30/03/2030", "2030-13-01", "tomorrow", "",
                    "+999999999-12-31", "2030-3-1", "2030-03-10T10:00:00", "<script>", true)
                    .map(v -> (Object) v));
            case DATETIME -> kinds.add(Arbitraries.of("2030-02-30T00:00:00Z", "now", "2030-03-10",
                    "10:00", "", true, "2030-03-10T25:00:00+07:00").map(v -> (Object) v));
            case ENUM -> kinds.add(Arbitraries.of("MAYBE", "", "ACCEPT'--", "<script>", "\u200BACCEPT", 99, -1,
                    true).map(v -> (Object) v));
            case INT -> kinds.add(Arbitraries.of("abc", true, "", new Raw("1e400"),
                    new Raw("99999999999999999999"), new Raw("-99999999999999999999"), 2147483648L, -2147483649L)
                    .map(v -> (Object) v));
            case BOOL -> kinds.add(Arbitraries.of("maybe", "yes", "<script>", 2.5).map(v -> (Object) v));
            case CODES -> {
                kinds.add(Arbitraries.of("SO_A", 1, true).map(v -> (Object) v));
                kinds.add(Arbitraries.just(Arrays.asList((Object) null)));
                kinds.add(Arbitraries.just(List.of("SO_X", "<script>")));
                kinds.add(Arbitraries.integers().between(field.limit() + 1, field.limit() + 500)
                        .map(n -> Collections.nCopies(n, "SO_B")));
            }
            case IDS -> {
                kinds.add(Arbitraries.of("1", 1, true).map(v -> (Object) v));
                kinds.add(Arbitraries.of(List.of("abc"), Arrays.asList((Object) null), List.of(-1),
                        List.of(new Raw("99999999999999999999"))).map(v -> (Object) v));
                kinds.add(Arbitraries.integers().between(field.limit() + 1, field.limit() + 2000)
                        .map(n -> Collections.nCopies(n, 1)));
            }
            case ID_MAP -> kinds.add(Arbitraries.of(Map.of("abc", "SO_A"), Map.of("-1", "SO_A"),
                    Map.of("1", List.of()), List.of(1)).map(v -> (Object) v));
            case OBJECTS -> {
                kinds.add(Arbitraries.of("x", 1, true, Map.of("a", 1), Arrays.asList((Object) null))
                        .map(v -> (Object) v));
                kinds.add(Arbitraries.integers().between(field.limit() + 1, field.limit() + 300).map(Repeat::new));
            }
            case OBJECT -> kinds.add(Arbitraries.of(List.of(Map.of()), "MOVE", 1, Map.of("mode", "FLY"),
                    Map.of("mode", List.of())).map(v -> (Object) v));
        }
        return Arbitraries.oneOf(kinds);
    }

    private static Arbitrary<Object> scalarNotText() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(v -> (Object) v),
                Arbitraries.of(true, false).map(v -> (Object) v),
                Arbitraries.doubles().between(-1e9, 1e9).map(v -> (Object) v));
    }

    /** Lists and objects nested where a value is expected; no objects where an object is (unknown keys pass). */
    private static Arbitrary<Object> nestedGarbage(boolean objects) {
        List<Arbitrary<Object>> kinds = new ArrayList<>(List.of(
                Arbitraries.just(List.of(Map.of("a", List.of(Map.of("b", List.of()))))),
                Arbitraries.integers().between(1100, 4000).map(d -> (Object) new Raw(nested(d))),
                Arbitraries.just(List.of(1, "a", true))));
        if (objects) {
            kinds.add(Arbitraries.just(Map.of("$where", "1==1", "__proto__", Map.of("admin", true))));
            kinds.add(Arbitraries.just(Map.of("@class", "java.lang.Runtime")));
        }
        return Arbitraries.oneOf(kinds);
    }

    /** A text longer than {@code limit}, made of hostile pieces. */
    private static Arbitrary<Object> overLength(int limit) {
        return Combinators.combine(Arbitraries.of(HOSTILE_PIECES), Arbitraries.integers().between(1, 3000))
                .as((piece, extra) -> (Object) padded(piece, limit + extra));
    }

    /** A hostile text within the limit: tags, SQL, control and unicode edge characters. */
    private static Arbitrary<Object> legalHostileText(int limit) {
        return Arbitraries.of(HOSTILE_PIECES).list().ofMinSize(1).ofMaxSize(4)
                .map(pieces -> "Việc " + String.join(" ", pieces))
                .filter(text -> text.length() <= limit)
                .map(text -> (Object) text);
    }

    private static String padded(String piece, int length) {
        StringBuilder text = new StringBuilder(length + piece.length()).append('x');
        while (text.length() <= length) {
            text.append(piece.replace("~LONEHI~", "x").replace("~LONELO~", "y")).append(' ');
        }
        return text.toString();
    }
}
