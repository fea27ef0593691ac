package vn.chidao.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.chidao.support.ApiClient;
import vn.chidao.support.World;

/** The figures a caller is given agree with the caller's register, which the leak check has read. */
record Figures(ApiClient caller) {

    private static final Map<String, String> SUMMARY = Map.of("DONE_ON_TIME", "doneOnTime",
            "DONE_LATE", "doneLate", "OPEN_ON_TIME", "openOnTime", "OPEN_OVERDUE", "openOverdue",
            "ONGOING", "ongoing");

    void check(String key, Who who, String text) {
        switch (key) {
            case "GET /api/dashboard/summary" -> {
                JsonNode summary = caller.get("/api/dashboard/summary").expect(200);
                SUMMARY.forEach((timeliness, field) -> assertThat(summary.path(field).asLong())
                        .as("%s of %s agrees with the register", field, who).isEqualTo(registered(timeliness)));
            }
            case "GET /api/dashboard/ageing" -> {
                JsonNode ageing = caller.get("/api/dashboard/ageing").expect(200);
                long sum = ageing.path("upTo30").asLong() + ageing.path("upTo60").asLong()
                        + ageing.path("upTo120").asLong() + ageing.path("over120").asLong();
                assertThat(sum).as("overdue ageing of %s", who).isEqualTo(registered("OPEN_OVERDUE"));
            }
            case "GET /api/dashboard/heatmap" -> assertThat(codes(caller.get("/api/dashboard/heatmap")
                    .expect(200).path("units"))).as("heatmap units of %s", who).isSubsetOf(registerUnits());
            case "GET /api/dashboard/ranking" -> assertThat(codes(caller.get("/api/dashboard/ranking")
                    .expect(200))).as("ranking units of %s", who).isSubsetOf(registerUnits());
            case "GET /api/assignments" -> {
                Set<String> units = registerUnits();
                assertThat(units).as("units of %s's register", who)
                        .isEqualTo(who.ofUnitA() ? Set.of(World.SO_A) : Set.of(World.SO_A, World.SO_B,
                                World.HUYEN_A));
            }
            case "GET /api/conclusions/{id}", "GET /api/tasks" -> {
                if (who.ofUnitA()) {
                    assertThat(codes(json(text).findValues("assignments").stream().flatMap(a -> stream(a)).toList(),
                            "unitCode")).as("units whose parts %s is shown", who).isSubsetOf(Set.of(World.SO_A));
                    assertThat(codes(stream(json(text)).filter(t -> t.has("unitCode")).toList(), "unitCode"))
                            .as("units of %s's tasks", who).isSubsetOf(Set.of(World.SO_A));
                }
            }
            case "GET /api/notifications/unread-count" -> {
                long unread = 0;
                for (JsonNode n : caller.get("/api/notifications?size=200").expect(200)) {
                    unread += n.path("read").asBoolean() ? 0 : 1;
                }
                assertThat(caller.get("/api/notifications/unread-count").expect(200).path("count").asLong())
                        .as("unread count of %s", who).isEqualTo(unread);
            }
            default -> {
            }
        }
    }

    private long registered(String timeliness) {
        return caller.get("/api/assignments?size=1&timeliness=" + timeliness).expect(200).path("total").asLong();
    }

    private Set<String> registerUnits() {
        return codes(caller.get("/api/assignments?size=200").expect(200).path("items"), "unitCode");
    }

    private static Set<String> codes(JsonNode list) {
        return codes(list, "code");
    }

    private static Set<String> codes(Iterable<JsonNode> list, String field) {
        Set<String> codes = new TreeSet<>();
        list.forEach(item -> codes.add(item.path(field).asText()));
        return codes;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
