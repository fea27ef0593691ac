package vn.chidao.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The "done when", through the REST contract: with SMTP pointing at GreenMail and the government's webhook
 * at a receiver of the test's, the clock is moved through a quarter of two directives' lives (reminders, the
 * overdue notice, the escalation, weekly reminders, an extension, a criticism); after each move the sender runs.
 * Every notification of a person who wants email arrives once as an email, none of a kind they keep in the
 * application, and every notification of the government reaches the webhook once.
 */
@ChidaoTest
class DeliveryThroughADirectiveTest {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Outbox outbox;
    @Autowired
    TimeTravel time;
    @Autowired
    ObjectMapper json;

    GreenMail smtp;
    HttpServer receiver;
    final List<JsonNode> webhookCalls = Collections.synchronizedList(new ArrayList<>());
    ApiClient admin;

    @BeforeEach
    void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(Outbox.SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/zalo", exchange -> {
            webhookCalls.add(json.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        smtp.stop();
        time.reset();
    }

    @Test
    void aQuarterOfClockMovesDeliversEachNotificationOncePerChannel() throws Exception {
        World world = fixtures.newWorld();
        ApiClient api = ApiClient.on(port);
        admin = api.as("admin", "test-admin");
        Actor govAdmin = fixtures.user(world, "quantri", Role.ADMIN, null);
        Map<String, ApiClient> people = Map.of(
                "soA", api.as(world.focalPoint(World.SO_A).username()),
                "soB", api.as(world.focalPoint(World.SO_B).username()),
                "headA", api.as(world.unitHead(World.SO_A).username()),
                "headB", api.as(world.unitHead(World.SO_B).username()),
                "leader", api.as(world.leader().username()),
                "secretariat", api.as(world.secretariat().username()));
        people.forEach((name, client) -> client.put("/api/me/preferences",
                json("email", name + "." + world.government().code().toLowerCase() + "@example.vn", "language", "vi"))
                .expect(200));
        // soB reads reminders in the application only
        JsonNode choices = people.get("soB").put("/api/me/preferences", json("email",
                "soB." + world.government().code().toLowerCase() + "@example.vn",
                "choices", Map.of("REMINDER", "IN_APP"))).expect(200);
        assertThat(choices.path("choices").path("REMINDER").asText()).isEqualTo("IN_APP");
        assertThat(choices.path("choices").path("OVERDUE").asText()).isEqualTo("IMMEDIATE");
        api.as(govAdmin.username()).put("/api/admin/webhook", json("url",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/zalo", "secret", "bi-mat-cua-tinh-0123456",
                "enabled", true)).expect(200);
        time.startAt(LocalDate.of(2023, 1, 13), 9, 0);

        ApiClient secretariat = people.get("secretariat");
        long conclusion = secretariat.post("/api/conclusions", json("committee", "Ban Chỉ đạo chuyển đổi số",
                "meetingDate", "2023-01-12", "title", "Kết luận phiên họp thứ nhất", "directives", List.of(
                        directive("Rà soát hạ tầng số", World.SO_A), directive("Số hoá hồ sơ", World.SO_B))))
                .expect(201).path("id").asLong();
        secretariat.post("/api/conclusions/" + conclusion + "/submit").expect(200);
        JsonNode issued = people.get("leader").post("/api/conclusions/" + conclusion + "/approve",
                json("number", null)).expect(200);
        long a = issued.path("directives").get(0).path("assignments").get(0).path("id").asLong();
        long b = issued.path("directives").get(1).path("assignments").get(0).path("id").asLong();
        people.get("soA").post("/api/assignments/" + a + "/acknowledge").expect(200);
        people.get("soB").post("/api/assignments/" + b + "/acknowledge").expect(200);

        moveTo(LocalDate.of(2023, 1, 27));
        people.get("soB").post("/api/assignments/" + b + "/extension",
                json("newDeadline", "2023-02-17", "reason", "Chờ hướng dẫn của Bộ")).expect(200);
        secretariat.post("/api/assignments/" + b + "/extension/decision", json("approve", true)).expect(200);
        moveTo(LocalDate.of(2023, 2, 13));
        people.get("leader").post("/api/assignments/" + a + "/overdue-review",
                json("decision", "CRITICISE", "comment", "Chậm trễ, đề nghị rút kinh nghiệm")).expect(200);
        for (LocalDate day = LocalDate.of(2023, 2, 20); day.isBefore(LocalDate.of(2023, 4, 14)); day = day.plusWeeks(1)) {
            moveTo(day);
        }
        people.get("soA").post("/api/assignments/" + a + "/report", json("report", "Đã rà soát xong")).expect(200);
        moveTo(LocalDate.of(2023, 4, 14));

        Set<String> everyNotification = new HashSet<>();
        people.forEach((name, client) -> {
            List<JsonNode> notifications = new ArrayList<>();
            client.get("/api/notifications?size=200").expect(200).forEach(notifications::add);
            notifications.forEach(n -> everyNotification.add(n.path("id").asText()));
            Set<String> expected = new HashSet<>();
            notifications.stream().filter(n -> !(name.equals("soB") && n.path("kind").asText().equals("REMINDER")))
                    .forEach(n -> expected.add(n.path("id").asText()));
            List<String> emailed = emailed(name + "." + world.government().code().toLowerCase() + "@example.vn");
            assertThat(emailed).as("emails of %s", name).doesNotHaveDuplicates();
            assertThat(Set.copyOf(emailed)).as("emails of %s", name).isEqualTo(expected);
        });
        assertThat(everyNotification).hasSizeGreaterThan(10);
        List<String> posted = webhookCalls.stream().map(c -> c.path("id").asText()).toList();
        assertThat(posted).doesNotHaveDuplicates();
        assertThat(Set.copyOf(posted)).isEqualTo(everyNotification);
        List<String> kinds = webhookCalls.stream().map(c -> c.path("kind").asText()).distinct().toList();
        assertThat(kinds).contains("REMINDER", "OVERDUE", "ESCALATION", "EXTENSION_REQUESTED", "EXTENSION_DECIDED",
                "LEADER_ACTION");
    }

    private static Map<String, Object> directive(String content, String lead) {
        return json("content", content, "leadUnit", lead, "coordinatingUnits", List.of(), "deadlineWorkingDays", 10);
    }

    /** The clock to 23:00 of a day through the API (every job due on the way runs on its date), then a send. */
    private void moveTo(LocalDate day) {
        JsonNode moved = admin.post("/api/admin/clock", json("now", day.atTime(23, 0).atOffset(VIETNAM).toString()))
                .expect(200);
        assertThat(moved.path("jobsFailed").asInt()).isZero();
        outbox.sender.sendDue();
    }

    /** The notification ids of the emails an address received, one per email. */
    private List<String> emailed(String address) {
        return Outbox.to(smtp.getReceivedMessages(), address).stream().map(m -> header(m)).toList();
    }

    private static String header(MimeMessage message) {
        try {
            return message.getHeader(EmailChannel.NOTIFICATION, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
