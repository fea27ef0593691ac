package vn.chidao.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import vn.chidao.ChidaoApplication;
import vn.chidao.base.Actor;
import vn.chidao.base.time.AppClock;
import vn.chidao.notification.NotificationKind;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * A second node of the application (a second Spring context with its own engine, on the same database: the local
 * PostgreSQL in the PostgreSQL run) and a restart: two senders draining one outbox at once send every delivery
 * exactly once between them; a node that starts with deliveries pending sends them by itself.
 */
@ChidaoTest
class TwoNodesDeliveryTest {

    private static final int DELIVERIES = 120;

    @Autowired
    Fixtures fixtures;
    @Autowired
    Outbox outbox;
    @Autowired
    TimeTravel time;
    @Autowired
    Environment environment;

    GreenMail smtp;
    ConfigurableApplicationContext node2;

    @BeforeEach
    void startMailServer() {
        time.startAt(LocalDate.of(2026, 3, 3), 9, 0);
        smtp = new GreenMail(new ServerSetup(Outbox.SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
        outbox.sender.sendDue();
        smtp.reset();
    }

    @AfterEach
    void stop() {
        if (node2 != null) {
            node2.close();
        }
        smtp.stop();
        time.reset();
    }

    @Test
    void twoNodesDrainingOneOutboxSendEachDeliveryOnce() throws Exception {
        node2 = startNode(false);
        DeliverySender other = node2.getBean(DeliverySender.class);
        warmUp(other);
        List<Actor> people = pendingDeliveries("hai.nut");

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<DeliverySender.Round> first = CompletableFuture.supplyAsync(() -> drain(start, outbox.sender));
        CompletableFuture<DeliverySender.Round> second = CompletableFuture.supplyAsync(() -> drain(start, other));
        start.countDown();
        DeliverySender.Round a = first.get();
        DeliverySender.Round b = second.get();

        List<MimeMessage> received = received(people);
        Set<String> ids = received.stream().map(Outbox::deliveryId).collect(Collectors.toSet());
        assertThat(received).hasSize(DELIVERIES);
        assertThat(ids).hasSize(DELIVERIES);
        assertThat(a.sent() + b.sent()).isGreaterThanOrEqualTo(DELIVERIES);
        assertThat(a.sent()).as("node 1 sent some").isPositive();
        assertThat(b.sent()).as("node 2 sent some").isPositive();
        assertThat(people).allSatisfy(p -> assertThat(outbox.of(p))
                .allMatch(d -> d.getStatus() == DeliveryStatus.SENT && d.getAttempts() == 1));
    }

    @Test
    void aNodeStartingWithDeliveriesPendingSendsThemByItself() {
        List<Actor> people = pendingDeliveries("khoi.dong");
        assertThat(received(people)).isEmpty();

        node2 = startNode(true);

        assertThat(smtp.waitForIncomingEmail(60_000, DELIVERIES)).isTrue();
        List<MimeMessage> received = received(people);
        assertThat(received).hasSize(DELIVERIES);
        assertThat(received.stream().map(Outbox::deliveryId).distinct()).hasSize(DELIVERIES);
    }

    /** Each node sends one mail first, so neither is still loading classes when the race starts. */
    private void warmUp(DeliverySender other) {
        World world = fixtures.newWorld();
        Actor person = world.focalPoint(World.SO_A);
        outbox.reach(person, "khoi.dong.nut@example.vn", "vi");
        for (DeliverySender sender : List.of(outbox.sender, other)) {
            outbox.notify(world, NotificationKind.REMINDER, null, "Thử.", person);
            assertThat(sender.sendDue().sent()).isPositive();
        }
        smtp.reset();
    }

    /** {@value #DELIVERIES} pending email deliveries to the people of a new world, not sent by this node. */
    private List<Actor> pendingDeliveries(String prefix) {
        World world = fixtures.newWorld();
        List<Actor> people = new ArrayList<>();
        for (String unit : List.of(World.SO_A, World.SO_B, World.HUYEN_A)) {
            for (Actor person : List.of(world.focalPoint(unit), world.unitHead(unit))) {
                outbox.reach(person, prefix + "." + person.username() + "@example.vn", "vi");
                people.add(person);
            }
        }
        for (int i = 0; i < DELIVERIES / people.size(); i++) {
            outbox.notify(world, NotificationKind.REMINDER, null, "Nhắc việc lần " + i, people.toArray(Actor[]::new));
        }
        return people;
    }

    /** What the mail server received for these people (by the addresses {@link #pendingDeliveries} gave them). */
    private List<MimeMessage> received(List<Actor> people) {
        return people.stream().flatMap(p -> Outbox.to(smtp.getReceivedMessages(), address(p)).stream()).toList();
    }

    private String address(Actor person) {
        return outbox.preferences.mine(person).email();
    }

    private static DeliverySender.Round drain(CountDownLatch start, DeliverySender sender) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sender.sendDue();
    }

    /**
     * The same application on the same database, as another process would run it; its engine has its own name. Its
     * clock is set to this one's (it would otherwise restore whatever clock an earlier test saved), so the same
     * deliveries are due on both nodes.
     */
    private ConfigurableApplicationContext startNode(boolean senderEnabled) {
        ConfigurableApplicationContext node = start(senderEnabled);
        node.getBean(AppClock.class).travelTo(time.now());
        return node;
    }

    private ConfigurableApplicationContext start(boolean senderEnabled) {
        return new SpringApplicationBuilder(ChidaoApplication.class)
                .profiles(environment.getActiveProfiles())
                .run("--server.port=0",
                        "--camunda.bpm.process-engine-name=node2",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--chidao.delivery.sender-enabled=" + senderEnabled,
                        "--chidao.delivery.poll-interval=PT0.2S");
    }
}
