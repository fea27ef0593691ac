package vn.chidao.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.security.UserContact;

/**
 * The morning digest ({@code morning-digest}, {@code Task_SendDigests}): one email per person who has something,
 * written into the outbox in the timer job's transaction and sent by {@link DeliverySender} after the commit. A
 * person with nothing, without an email address or disabled gets none, and their mark stays where it was, so
 * the notifications they have not received yet are in their first digest once they can be reached (those of the
 * last 30 days, {@link DigestSections#LONGEST_LOOK_BACK}). Nothing at all while the email channel is off.
 */
@Service
class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    private final OrganisationService organisation;
    private final DigestSections sections;
    private final DigestMail mail;
    private final DeliveryRepository deliveries;
    private final DigestMarkRepository marks;
    private final EmailChannel email;
    private final DeliverySender sender;
    private final AppClock clock;

    DigestService(OrganisationService organisation, DigestSections sections, DigestMail mail,
                  DeliveryRepository deliveries, DigestMarkRepository marks, EmailChannel email, DeliverySender sender,
                  AppClock clock) {
        this.organisation = organisation;
        this.sections = sections;
        this.mail = mail;
        this.deliveries = deliveries;
        this.marks = marks;
        this.email = email;
        this.sender = sender;
        this.clock = clock;
    }

    /** Writes this morning's digests into the outbox and moves their recipients' marks; how many were written. */
    @Transactional
    int writeAll() {
        if (!email.enabled()) {
            log.info("No morning digest: the email channel is off (CHIDAO_SMTP_HOST)");
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = Dates.dayOf(now);
        DigestSections.Drafts drafts = new DigestSections.Drafts();
        for (GovernmentDto government : organisation.allGovernments()) {
            sections.assignments(government.id(), today, drafts);
        }
        sections.notices(now, drafts);
        List<DigestDraft> due = drafts.all().stream().filter(draft -> !draft.isEmpty()).toList();
        Map<String, DigestMark> lastSent = marks.findAllById(due.stream().map(d -> d.recipient().username()).toList())
                .stream().collect(Collectors.toMap(DigestMark::getUsername, Function.identity()));
        for (DigestDraft draft : due) {
            UserContact to = draft.recipient();
            if (draft.leftOut() > 0) {
                log.warn("The morning digest of {} leaves {} lines out (at most {} per section)", to.username(),
                        draft.leftOut(), DigestDraft.MAX_LINES);
            }
            deliveries.save(new Delivery(to.governmentId(), null, DeliveryChannel.EMAIL, Delivery.DIGEST,
                    to.username(), null, mail.write(draft.content(today)), now));
            DigestMark mark = lastSent.get(to.username());
            if (mark == null) {
                marks.save(new DigestMark(to.username(), now));
            } else {
                mark.sentAt(now);
            }
        }
        if (!due.isEmpty()) {
            sender.wakeAfterCommit();
        }
        log.info("Morning digest of {}: {} emails", Dates.format(today), due.size());
        return due.size();
    }
}
