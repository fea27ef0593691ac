package vn.chidao.conclusion.parse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.calendar.WorkingCalendar;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.security.UserService;

/**
 * Paste or upload to draft: the secretariat gives the text of a conclusion notice, or the notice as .docx, .pdf (with
 * a text layer) or .txt, and gets a proposed draft to correct ({@link ParsedNotice}), read against its government's
 * units (ended ones replaced by their successors), committees and leaders. Nothing is saved: the draft is saved as
 * any other, by {@code POST /api/conclusions} or the editor.
 */
@Service
public class NoticeParseService {

    /** The longest text read (a long notice is some 30,000 characters). */
    public static final int MAX_TEXT = 200_000;
    /** The largest file read, as spring.servlet.multipart allows. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final OrganisationService organisation;
    private final ConclusionService conclusions;
    private final UserService users;
    private final WorkingCalendar calendar;
    private final AppClock clock;
    private final Messages messages;

    NoticeParseService(OrganisationService organisation, ConclusionService conclusions, UserService users,
                       WorkingCalendar calendar, AppClock clock, Messages messages) {
        this.organisation = organisation;
        this.conclusions = conclusions;
        this.users = users;
        this.calendar = calendar;
        this.clock = clock;
        this.messages = messages;
    }

    /** Reads pasted text; 400 on {@code text} when it is empty or too long, 403 for anyone but the secretariat. */
    public ParsedNotice parseText(Actor actor, String text) {
        return parseText(actor, text, LocaleContextHolder.getLocale());
    }

    /** As {@link #parseText(Actor, String)}, the fields' notes in {@code locale} (a screen's, not a request's). */
    public ParsedNotice parseText(Actor actor, String text, Locale locale) {
        requireSecretariat(actor);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", "error.required");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "error.parse.tooLong", MAX_TEXT);
        }
        return parse(actor, text, null, locale);
    }

    /** Reads an uploaded notice (.docx, .pdf, .txt); 400 on {@code file} for another type, an empty or unreadable one. */
    public ParsedNotice parseFile(Actor actor, String fileName, byte[] content) {
        return parseFile(actor, fileName, content, LocaleContextHolder.getLocale());
    }

    /** As {@link #parseFile(Actor, String, byte[])}, the fields' notes in {@code locale}. */
    public ParsedNotice parseFile(Actor actor, String fileName, byte[] content, Locale locale) {
        requireSecretariat(actor);
        if (content != null && content.length > MAX_FILE_BYTES) {
            throw InvalidInputException.of(DocumentText.FIELD, "error.parse.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        String text = DocumentText.of(fileName, content);
        if (text.isBlank()) {
            throw InvalidInputException.of(DocumentText.FIELD, "error.parse.noText");
        }
        return parse(actor, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, fileName, locale);
    }

    private static void requireSecretariat(Actor actor) {
        actor.require(Role.SECRETARIAT);
        if (actor.governmentId() == null) {
            throw new ForbiddenException("error.government");
        }
    }

    private ParsedNotice parse(Actor actor, String text, String fileName, Locale locale) {
        String government = organisation.government(actor.governmentId()).name();
        String place = government.replaceFirst("(?i)^(tỉnh|thành phố|tp\\.?)\\s+", "").strip();
        LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
        NoticeContext context = new NoticeContext(organisation.units(actor, true), place,
                conclusions.committeeList(actor), users.leaders(actor), today, calendar::plusWorkingDays);
        NoticeReading reading = new NoticeParser(context).read(text);
        Map<String, FieldSource> fields = new LinkedHashMap<>();
        reading.fields().forEach((path, e) -> fields.put(path, new FieldSource(e.text(), e.confidence(),
                e.note() == null ? null : messages.get(locale, e.note(), e.arguments()))));
        return new ParsedNotice(reading.draft(), reading.number(), reading.issuedDate(), fields, fileName);
    }
}
