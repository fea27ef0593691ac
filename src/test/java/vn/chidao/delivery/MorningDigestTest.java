package vn.chidao.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.notification.NotificationKind;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The morning digest end to end: the timer start event fires every morning at 07:30, the process sends on working
 * days only, the outbox carries one email per person who has something, and GreenMail (real SMTP) receives them.
 * The database is shared, so every check reads the mails of this test's world only.
 */
@ChidaoTest
class MorningDigestTest {

    static final int SMTP_PORT = Outbox.SMTP_PORT;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @Autowired
    Fixtures fixtures;
    @Autowired
    Processes processes;
    @Autowired
    PreferenceService preferences;
    @Autowired
    DeliverySender sender;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    AppClock clock;
    @Autowired
    TimeTravel time;
    @Autowired
    DigestMarkRepository marks;
    @Autowired
    DeliveryRepository deliveries;
    @Autowired
    DigestSections sections;
    @Autowired
    DigestMail digestMail;
    @Autowired
    DeliveryProperties deliveryProperties;
    @Autowired
    MailTemplates templates;
    @Autowired
    Messages messages;
    @Autowired
    PublicUrl publicUrl;
    @Autowired
    OrganisationService organisation;

    MorningDigestJobs jobs;

    @BeforeEach
    void digestTimer() {
        jobs = new MorningDigestJobs(management, clock);
    }

    @AfterEach
    void backToRealTime() {
        jobs.restore();
        time.reset();
    }

    /**
     * Issued Monday 20/1/2025, due Friday 24/1; Tết 2025 is Saturday 25/1 to Sunday 2/2 (27-31/1 off). Mornings
     * from 21/1 to Monday 3/2: the unit head hears of it while it is due this week (3, 2, 1 working days left, then
     * "today"), nobody hears anything from 25/1 to 2/2, and on 3/2 the leader and the unit head read it overdue
     * by one working day (3/2 itself). The focal point reads reminders and overdue notices in the digest: the
     * reminder of 21/1 08:00 (3 working days before) on 22/1; the deadline-day reminder (24/1 08:00), the overdue
     * notice (Saturday 25/1 00:00) and the weekly reminder (Saturday 1/2 08:00) together on 3/2. The other unit
     * heads have addresses but nothing to read: no mail.
     */
    @Test
    void theDigestOnWorkingDaysOnlyAndNotOnTet() {
        World world = fixtures.newWorld();
        Actor leader = reachable(world.leader(), "vi");
        Actor head = reachable(world.unitHead(World.SO_A), "vi");
        Actor idleHead = reachable(world.unitHead(World.SO_B), "vi");
        Actor idleDistrict = reachable(world.unitHead(World.HUYEN_A), "vi");
        Actor focal = world.focalPoint(World.SO_A);
        preferences.change(focal, new Preferences(address(focal), "vi",
                Map.of(NotificationKind.REMINDER, DeliveryMode.DIGEST, NotificationKind.OVERDUE, DeliveryMode.DIGEST)));
        DirectiveDraft directive = Drafts.due(LocalDate.of(2025, 1, 24), World.SO_A);
        ProcessInstance process = issue(world, LocalDate.of(2025, 1, 20), directive);
        jobs.firstMorning(LocalDate.of(2025, 1, 21));

        jobs.runUntil(TimeTravel.at(LocalDate.of(2025, 2, 3), 9, 0), process);
        List<Mail> digests = digestsTo(world);

        assertThat(days(digests, head)).containsExactly(day(21, 1), day(22, 1), day(23, 1), day(24, 1), day(3, 2));
        assertThat(days(digests, leader)).containsExactly(day(3, 2));
        assertThat(days(digests, focal)).containsExactly(day(22, 1), day(3, 2));
        assertThat(days(digests, idleHead)).isEmpty();
        assertThat(days(digests, idleDistrict)).isEmpty();

        Mail leaders = only(digests, leader, day(3, 2));
        assertThat(leaders.subject())
                .isEqualTo("[Chidao] Tổng hợp ngày 03/02/2025: 1 nhiệm vụ quá hạn, 0 đến hạn trong tuần, 0 thông báo");
        assertThat(leaders.text()).contains("Nhiệm vụ quá hạn", "Sở A", directive.content(), "24/01/2025",
                "quá hạn 1 ngày làm việc").doesNotContain("Sở B");
        assertThat(leaders.html()).contains("Sở A", "quá hạn 1 ngày làm việc");
        assertThat(only(digests, head, day(21, 1)).text()).contains("Nhiệm vụ đến hạn trong tuần", directive.content(),
                "còn 3 ngày làm việc").doesNotContain("Nhiệm vụ quá hạn");
        assertThat(only(digests, head, day(24, 1)).text()).contains("đến hạn hôm nay");
        assertThat(only(digests, head, day(3, 2)).text()).contains("quá hạn 1 ngày làm việc");

        Mail afterTet = only(digests, focal, day(3, 2));
        assertThat(afterTet.subject()).endsWith("0 nhiệm vụ quá hạn, 0 đến hạn trong tuần, 3 thông báo");
        assertThat(afterTet.text()).contains("Thông báo từ lần tổng hợp trước", "24/01/2025 08:00",
                "25/01/2025 00:00", "01/02/2025 08:00").doesNotContain("21/01/2025 08:00");
        assertThat(only(digests, focal, day(22, 1)).text()).contains("21/01/2025 08:00");

        assertThat(processDays(MorningDigestProcess.END_DAY_OFF, day(21, 1), day(3, 2)))
                .containsExactly(day(25, 1), day(26, 1), day(27, 1), day(28, 1), day(29, 1), day(30, 1), day(31, 1),
                        day(1, 2), day(2, 2));
        assertThat(processDays(MorningDigestProcess.TASK_SEND_DIGESTS, day(21, 1), day(3, 2)))
                .containsExactly(day(21, 1), day(22, 1), day(23, 1), day(24, 1), day(3, 2));
    }

    /**
     * Issued Monday 3/3/2025, due Tuesday 4/3: overdue from 5/3, escalated to the leaders five working days after
     * the deadline (5, 6, 7, 10, 11/3, at 08:00). On Wednesday 12/3 it is 6 working days late (5, 6, 7, 10, 11,
     * 12/3). The leader, who also reads escalations in the digest, gets one mail with both sections; the unit head
     * reads English.
     */
    @Test
    void oneDigestPerPersonWithAllTheirSectionsInTheirLanguage() {
        World world = fixtures.newWorld();
        Actor leader = world.leader();
        preferences.change(leader, new Preferences(address(leader), "vi",
                Map.of(NotificationKind.ESCALATION, DeliveryMode.DIGEST)));
        Actor head = reachable(world.unitHead(World.SO_A), "en");
        DirectiveDraft directive = Drafts.due(LocalDate.of(2025, 3, 4), World.SO_A);
        ProcessInstance process = issue(world, LocalDate.of(2025, 3, 3), directive);
        jobs.firstMorning(LocalDate.of(2025, 3, 12));

        jobs.runUntil(TimeTravel.at(LocalDate.of(2025, 3, 12), 9, 0), process);
        List<Mail> digests = digestsTo(world);

        assertThat(digests).extracting(Mail::to).containsExactlyInAnyOrder(address(leader), address(head));
        Mail leaders = only(digests, leader, day(12, 3));
        assertThat(leaders.subject())
                .isEqualTo("[Chidao] Tổng hợp ngày 12/03/2025: 1 nhiệm vụ quá hạn, 0 đến hạn trong tuần, 1 thông báo");
        assertThat(leaders.text()).contains("Nhiệm vụ quá hạn", "Sở A", "quá hạn 6 ngày làm việc",
                "Thông báo từ lần tổng hợp trước", "11/03/2025 08:00", "Báo cáo lãnh đạo");
        Mail english = only(digests, head, day(12, 3));
        assertThat(english.subject())
                .isEqualTo("[Chidao] Digest of 12/03/2025: 1 overdue, 0 due this week, 0 notifications");
        assertThat(english.text()).startsWith("Dear " + head.username()).contains("Morning digest of 12/03/2025",
                "Overdue directives", "6 working days late", directive.content()).doesNotContain("quá hạn");
        assertThat(english.html()).contains("lang=\"en\"", "Overdue directives");
    }

    /**
     * Someone who reads overdue notices in the digest but has no address yet gets no mail and keeps no mark; once
     * they give one, the next morning's digest holds the notice they could not receive.
     */
    @Test
    void withoutAnAddressNothingIsSentAndNothingIsLost() {
        World world = fixtures.newWorld();
        Actor focal = world.focalPoint(World.SO_A);
        preferences.change(focal, new Preferences(null, "vi", Map.of(NotificationKind.OVERDUE, DeliveryMode.DIGEST)));
        ProcessInstance process = issue(world, LocalDate.of(2025, 3, 3), Drafts.due(LocalDate.of(2025, 3, 4), World.SO_A));
        jobs.firstMorning(LocalDate.of(2025, 3, 5));

        jobs.runUntil(TimeTravel.at(LocalDate.of(2025, 3, 5), 9, 0), process);

        assertThat(digestsTo(world)).isEmpty();
        assertThat(marks.findById(focal.username())).isEmpty();

        preferences.change(focal, new Preferences(address(focal), "vi", null));
        assertThat(preferences.mine(focal).choices()).as("an address given later keeps the choices")
                .containsEntry(NotificationKind.OVERDUE, DeliveryMode.DIGEST);
        jobs.runUntil(TimeTravel.at(LocalDate.of(2025, 3, 6), 9, 0), process);

        Mail digest = only(digestsTo(world), focal, day(6, 3));
        assertThat(digest.text()).contains("05/03/2025 00:00", "Quá hạn");
        assertThat(marks.findById(focal.username())).get().extracting(DigestMark::getLastSentAt)
                .isEqualTo(TimeTravel.at(day(6, 3), 7, 30));
    }

    /** Without a mail server nothing is written, not even for a leader with overdue work and an address. */
    @Test
    void nothingWhileTheEmailChannelIsOff() {
        World world = fixtures.newWorld();
        Actor leader = reachable(world.leader(), "vi");
        issue(world, LocalDate.of(2025, 3, 3), Drafts.due(LocalDate.of(2025, 3, 4), World.SO_A));
        time.startAt(day(12, 3), 7, 30);
        EmailChannel off = new EmailChannel(new SmtpProperties(null, 25, null, null, "chidao@localhost", false),
                deliveryProperties, templates, messages, publicUrl, digestMail);
        DigestService digestsWithoutMail = new DigestService(organisation, sections, digestMail, deliveries, marks,
                off, sender, clock);

        assertThat(digestsWithoutMail.writeAll()).isZero();

        assertThat(deliveries.findAll()).noneMatch(d -> d.getRecipient().equals(leader.username())
                && d.getKind().equals(Delivery.DIGEST));
        assertThat(marks.findById(leader.username())).isEmpty();
    }

    private ProcessInstance issue(World world, LocalDate day, DirectiveDraft directive) {
        time.startAt(day, 9, 0);
        long id = Fixtures.assignmentOf(fixtures.issue(world, Drafts.conclusion(day.minusDays(1), directive)),
                directive.leadUnit());
        return processes.ofAssignment(id);
    }

    private Actor reachable(Actor actor, String language) {
        preferences.change(actor, new Preferences(address(actor), language, null));
        return actor;
    }

    private static String address(Actor actor) {
        return actor.username() + "@chidao.test";
    }

    /** Sends what the outbox holds now, then the digests GreenMail received for the world's people. */
    private List<Mail> digestsTo(World world) {
        sender.sendDue();
        String prefix = world.government().code().toLowerCase() + ".";
        return Arrays.stream(mail.getReceivedMessages()).map(Mail::of).filter(Mail::isDigest)
                .filter(m -> m.to().startsWith(prefix) && m.to().endsWith("@chidao.test")).toList();
    }

    private static List<LocalDate> days(List<Mail> digests, Actor person) {
        return digests.stream().filter(m -> m.to().equals(address(person))).map(Mail::day).sorted().toList();
    }

    private static Mail only(List<Mail> digests, Actor person, LocalDate day) {
        List<Mail> found = digests.stream().filter(m -> m.to().equals(address(person)) && m.day().equals(day)).toList();
        assertThat(found).as("digests of %s on %s", person.username(), day).hasSize(1);
        return found.get(0);
    }

    /** The days (distinct, in order) on which the digest passed {@code activityId}, between two days. */
    private List<LocalDate> processDays(String activityId, LocalDate from, LocalDate to) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(MorningDigestProcess.KEY)
                .latestVersion().singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processDefinitionId(definition).activityId(activityId)
                .startedAfter(Date.from(TimeTravel.at(from, 0, 0)))
                .startedBefore(Date.from(TimeTravel.at(to.plusDays(1), 0, 0))).list().stream()
                .map(a -> Dates.dayOf(a.getStartTime().toInstant())).distinct().sorted().toList();
    }

    private static LocalDate day(int dayOfMonth, int month) {
        return LocalDate.of(2025, month, dayOfMonth);
    }
}
