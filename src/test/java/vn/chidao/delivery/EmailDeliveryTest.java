package vn.chidao.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.base.Actor;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.notification.NotificationKind;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Email deliveries against a real SMTP server (GreenMail): one email per notification, in the person's language,
 * with the directive, its deadline and a link; nothing lost while the server is down and each sent once when it is
 * back; a bad address given up after a bounded number of tries without holding up the others.
 */
@ChidaoTest
class EmailDeliveryTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Outbox outbox;
    @Autowired
    TimeTravel time;
    @Autowired
    DeliveryProperties properties;
    @Autowired
    DeliveryService deliveries;
    @Autowired
    AppClock clock;

    GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        smtp = new GreenMail(new ServerSetup(Outbox.SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
        outbox.sender.sendDue();
        smtp.reset();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        time.reset();
    }

    @Test
    void oneEmailPerNotificationInTheRecipientsLanguageWithTheDirectiveAndALink() throws Exception {
        World world = fixtures.newWorld();
        Actor focal = world.focalPoint(World.SO_A);
        Actor head = world.unitHead(World.SO_A);
        Actor noAddress = world.focalPoint(World.SO_B);
        ConclusionDetail conclusion = fixtures.issue(world, fixtures.draft());
        long assignment = Fixtures.assignmentOf(conclusion, World.SO_A);
        outbox.reach(focal, "dau.moi.soa@example.vn", "vi");
        outbox.reach(head, "head.soa@example.vn", "en");

        outbox.notify(world, NotificationKind.OVERDUE, assignment, "Nhiệm vụ đã quá hạn.", focal, head, noAddress);

        assertThat(outbox.of(noAddress)).isEmpty();
        assertThat(outbox.of(focal)).singleElement().satisfies(d -> {
            assertThat(d.getChannel()).isEqualTo(DeliveryChannel.EMAIL);
            assertThat(d.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        });
        outbox.sender.sendDue();
        outbox.sender.sendDue();

        MimeMessage vi = Outbox.to(smtp.getReceivedMessages(), "dau.moi.soa@example.vn").get(0);
        assertThat(Outbox.to(smtp.getReceivedMessages(), "dau.moi.soa@example.vn")).hasSize(1);
        assertThat(vi.getSubject()).startsWith("[Chidao] Quá hạn: Xây dựng kế hoạch chuyển đổi số")
                .contains("(hạn " + EmailChannel.DAY.format(conclusion.directives().get(0).deadline()) + ")");
        String body = Outbox.text(vi);
        assertThat(body).contains("Kính gửi").contains("Nhiệm vụ đã quá hạn.")
                .contains("http://localhost:8080/assignments/" + assignment);
        assertThat(Outbox.deliveryId(vi)).isEqualTo(outbox.of(focal).get(0).getId().toString());

        List<MimeMessage> en = Outbox.to(smtp.getReceivedMessages(), "head.soa@example.vn");
        assertThat(en).hasSize(1);
        assertThat(en.get(0).getSubject()).startsWith("[Chidao] Overdue: ").contains("(due ");
        assertThat(Outbox.text(en.get(0))).contains("Dear").contains("Open the task");
        assertThat(outbox.of(focal)).allMatch(d -> outbox.reload(d).getStatus() == DeliveryStatus.SENT);
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostAndEachIsSentOnceWhenItIsBack() {
        World world = fixtures.newWorld();
        Actor focal = world.focalPoint(World.SO_A);
        outbox.reach(focal, "down.then.up@example.vn", "vi");
        smtp.stop();

        outbox.notify(world, NotificationKind.REMINDER, null, "Còn 3 ngày làm việc.", focal);
        outbox.notify(world, NotificationKind.REMINDER, null, "Hôm nay là hạn.", focal);
        outbox.sender.sendDue();
        Delivery first = outbox.reload(outbox.of(focal).get(0));
        assertThat(first.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.toDto().lastError()).isNotBlank();
        // The backoff: nothing is tried again before its time.
        outbox.sender.sendDue();
        assertThat(outbox.reload(first).getAttempts()).isEqualTo(1);
        // Still down at the next try: the wait doubles.
        time.startAt(LocalDate.of(2026, 3, 2), 9, 1);
        outbox.sender.sendDue();
        time.startAt(LocalDate.of(2026, 3, 2), 9, 2);
        outbox.sender.sendDue();
        assertThat(outbox.of(focal)).allMatch(d -> d.getStatus() == DeliveryStatus.PENDING);

        smtp = new GreenMail(new ServerSetup(Outbox.SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
        time.startAt(LocalDate.of(2026, 3, 2), 9, 30);
        outbox.sender.sendDue();
        outbox.sender.sendDue();
        time.startAt(LocalDate.of(2026, 3, 2), 18, 0);
        outbox.sender.sendDue();

        List<MimeMessage> received = Outbox.to(smtp.getReceivedMessages(), "down.then.up@example.vn");
        assertThat(received).hasSize(2);
        assertThat(Outbox.byDelivery(received)).hasSize(2);
        assertThat(outbox.of(focal)).allMatch(d -> d.getStatus() == DeliveryStatus.SENT);
    }

    @Test
    void aBadAddressIsGivenUpAfterItsTriesAndNothingWaitsBehindIt() {
        World world = fixtures.newWorld();
        Actor bad = world.focalPoint(World.SO_A);
        Actor good = world.focalPoint(World.SO_B);
        outbox.reach(bad, "nguyen..van@example.vn", "vi");
        outbox.reach(good, "good@example.vn", "vi");

        outbox.notify(world, NotificationKind.REMINDER, null, "Nhắc việc.", bad);
        outbox.notify(world, NotificationKind.REMINDER, null, "Nhắc việc.", good);
        outbox.sender.sendDue();
        assertThat(Outbox.to(smtp.getReceivedMessages(), "good@example.vn")).hasSize(1);

        var at = time.now();
        for (int failures = 1; failures < properties.maxAttempts(); failures++) {
            at = at.plus(properties.backoff(failures)).plus(Duration.ofSeconds(1));
            clock.travelTo(at);
            outbox.sender.sendDue();
        }
        Delivery given = outbox.reload(outbox.of(bad).get(0));
        assertThat(given.getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(given.getAttempts()).isEqualTo(properties.maxAttempts());
        clock.travelTo(at.plus(Duration.ofDays(2)));
        outbox.sender.sendDue();
        assertThat(outbox.reload(given).getAttempts()).isEqualTo(properties.maxAttempts());

        assertThat(deliveries.page(world.admin(), DeliveryStatus.FAILED, PageRequest.of(0, 10)).getContent())
                .extracting(DeliveryDto::id).containsExactly(given.getId());
        DeliveryDto retried = deliveries.retry(world.admin(), given.getId());
        assertThat(retried.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(Outbox.to(smtp.getReceivedMessages(), "good@example.vn")).hasSize(1);
    }
}
