package vn.chidao.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.notification.NotificationKind;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The government's webhook, against a receiver of the test's own (the JDK's HTTP server): every notification
 * POSTed once as the documented JSON, signed with HMAC-SHA256 of the body, and retried with the same delivery id
 * (and body) until the receiver answers 2xx.
 */
@ChidaoTest
class WebhookDeliveryTest {

    private static final String SECRET = "a-secret-of-the-province-0123";

    record Call(String delivery, String signature, byte[] body) {
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    Outbox outbox;
    @Autowired
    WebhookService webhooks;
    @Autowired
    TimeTravel time;
    @Autowired
    AppClock clock;
    @Autowired
    ObjectMapper json;

    HttpServer receiver;
    final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failuresToAnswer = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            calls.add(new Call(exchange.getRequestHeaders().getFirst("X-Chidao-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Chidao-Signature"), body));
            int status = failuresToAnswer.getAndUpdate(n -> Math.max(n - 1, 0)) > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        time.reset();
    }

    @Test
    void everyNotificationOfTheGovernmentIsPostedSignedAndRetriedUnderTheSameId() throws Exception {
        World world = fixtures.newWorld();
        Actor focal = world.focalPoint(World.SO_A);
        ConclusionDetail conclusion = fixtures.issue(world, fixtures.draft());
        long assignment = Fixtures.assignmentOf(conclusion, World.SO_A);
        WebhookDto set = webhooks.put(admin(world), new WebhookInput(url(), SECRET, true));
        assertThat(set).isEqualTo(new WebhookDto(url(), true, true));
        assertThat(webhooks.get(admin(world))).contains(set);
        failuresToAnswer.set(1);

        outbox.notify(world, NotificationKind.REMINDER, assignment, "Còn 3 ngày làm việc đến hạn.", focal);
        outbox.sender.sendDue();
        assertThat(calls).hasSize(1);
        Delivery delivery = outbox.reload(outbox.of(focal).get(0));
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.toDto().lastError()).contains("503");

        clock.travelTo(time.now().plus(Duration.ofMinutes(2)));
        outbox.sender.sendDue();
        outbox.sender.sendDue();
        assertThat(calls).hasSize(2);
        assertThat(outbox.reload(delivery).getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(calls).extracting(Call::delivery).containsOnly(delivery.getId().toString());
        assertThat(calls.get(0).body()).isEqualTo(calls.get(1).body());

        Call call = calls.get(1);
        assertThat(call.signature()).isEqualTo("sha256=" + hmac(call.body(), SECRET));
        JsonNode body = json.readTree(call.body());
        assertThat(body.properties()).extracting(e -> e.getKey()).containsExactly("id", "at", "kind", "recipient",
                "recipientName", "unitCode", "assignmentId", "text", "link");
        assertThat(body.path("kind").asText()).isEqualTo("REMINDER");
        assertThat(body.path("recipient").asText()).isEqualTo(focal.username());
        assertThat(body.path("unitCode").asText()).isEqualTo(World.SO_A);
        assertThat(body.path("assignmentId").asLong()).isEqualTo(assignment);
        assertThat(body.path("text").asText()).isEqualTo("Còn 3 ngày làm việc đến hạn.");
        assertThat(body.path("link").asText()).isEqualTo("http://localhost:8080/assignments/" + assignment);
        assertThat(body.path("at").asText()).endsWith("+07:00");
    }

    @Test
    void anotherGovernmentsNotificationsAndADisabledWebhookPostNothing() {
        World mine = fixtures.newWorld();
        World other = fixtures.newWorld();
        webhooks.put(admin(mine), new WebhookInput(url(), SECRET, true));
        outbox.notify(other, NotificationKind.REMINDER, null, "Tỉnh khác.", other.focalPoint(World.SO_A));
        webhooks.put(admin(mine), new WebhookInput(url(), null, false));
        outbox.notify(mine, NotificationKind.REMINDER, null, "Đã tắt.", mine.focalPoint(World.SO_A));
        outbox.sender.sendDue();
        assertThat(calls).isEmpty();
        assertThat(webhooks.get(admin(mine))).contains(new WebhookDto(url(), false, true));
    }

    @Test
    void aBadUrlOrAShortSecretIsRefusedOnItsField() {
        World world = fixtures.newWorld();
        assertThatThrownBy(() -> webhooks.put(admin(world), new WebhookInput("ftp://x", "short", true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("url", "secret"));
        assertThat(webhooks.get(admin(world))).isEmpty();
    }

    /** The administrator of the world's government (the world's own admin is the installation's). */
    private Actor admin(World world) {
        return admins.computeIfAbsent(world.government().code(),
                code -> fixtures.user(world, "quantri", Role.ADMIN, null));
    }

    private final java.util.Map<String, Actor> admins = new java.util.HashMap<>();

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static String hmac(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
