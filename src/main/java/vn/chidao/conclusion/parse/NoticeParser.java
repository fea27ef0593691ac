package vn.chidao.conclusion.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.organisation.UnitDto;

/**
 * Reads the text of a conclusion notice into a draft: the header (number, issue date, title), the opening (meeting
 * date, committee, chair) and one directive per task of the body, each lead unit of a task given to several units
 * leading a directive of its own. Units that have ended are replaced by their successors, and the field says why.
 * Nothing is saved: the result is a proposal for the secretariat to correct.
 */
final class NoticeParser {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern MEETING_DAY = Pattern.compile(
            "ngay (\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?|ngay (\\d{1,2}) thang (\\d{1,2})(?:,? nam (\\d{4}))?");
    private static final Pattern COMMITTEE = Pattern.compile(
            "ban chi dao .+?(?= tai | ve | lan thu | phien | hop | ngay | do | da | nam 20| to chuc | ket luan | chi dao | duoi |[,.;()\\n]|$)");
    private static final Pattern CHAIR = Pattern.compile(
            "(?:dong chi|ong|ba) ((?:[a-z]+ ){1,4}[a-z]+),\\s*([^;.]{3,160}?)\\s*(?:da )?chu tri");
    private static final Pattern END = Pattern.compile("^noi nhan|thong bao (?:de|den|cho) .*(biet|thuc hien)|\\./\\.\\s*$");
    private static final Pattern ACTION = Pattern.compile(
            "^(?:giao|de nghi|yeu cau|chu tri|tiep tuc|khan truong|day nhanh|day manh|tap trung|trien khai|xay dung"
                    + "|hoan thanh|to chuc|ra soat|chi dao|tham muu|nghien cuu|thuc hien|bao cao|phoi hop|cac|so |ubnd"
                    + "|uy ban|kiem tra|huong dan|nang cao|tang cuong|uu tien|thuc day|day nhanh|quan tam)");
    private static final Pattern ASSESSMENT = Pattern.compile(
            "^(?:ve |mot so |nhung )?(?:danh gia|ket qua|tinh hinh|ton tai|han che|nguyen nhan|ghi nhan|boi canh)");

    private final NoticeContext context;
    private final UnitNames names;
    private final Map<String, UnitDto> byCode;

    NoticeParser(NoticeContext context) {
        this.context = context;
        this.names = new UnitNames(context.units(), context.place());
        this.byCode = context.units().stream().collect(Collectors.toMap(UnitDto::code, Function.identity(), (a, b) -> a));
    }

    NoticeReading read(String raw) {
        String text = clean(raw);
        List<String> lines = List.of(text.split("\n", -1));
        List<String> folded = lines.stream().map(Fold::of).toList();
        Map<String, Evidence> fields = new LinkedHashMap<>();
        NoticeHeader header = NoticeHeader.read(lines, folded);
        if (header.number() != null) {
            fields.put("number", Evidence.of(header.number(), 0.95));
        } else {
            fields.put("number", Evidence.missing("parse.note.noNumber"));
        }
        fields.put("issuedDate", header.issued() == null ? Evidence.missing("parse.note.noIssued")
                : Evidence.of(header.issued().format(DAY), 0.95));
        int openingFrom = Math.max(header.titleLine() + 1, 0);
        String opening = String.join("\n", lines.subList(openingFrom, Math.max(openingFrom, header.bodyLine())));
        String openingFolded = Fold.of(opening);
        LocalDate meeting = meetingDate(opening, openingFolded, header, fields);
        String title = header.title();
        fields.put("title", title == null ? Evidence.missing("parse.note.noTitle") : Evidence.of(title, 0.85));
        String committee = committee(opening, openingFolded, fields);
        String chair = chair(opening, openingFolded, committee, fields);
        LocalDate base = header.issued() != null ? header.issued() : meeting != null ? meeting : context.today();
        int end = lines.size();
        for (int i = header.bodyLine(); i < lines.size(); i++) {
            if (END.matcher(folded.get(i).strip()).find()) {
                end = i;
                break;
            }
        }
        List<Task> tasks = tasks(lines.subList(Math.min(header.bodyLine(), end), end), base);
        List<DirectiveDraft> directives = directives(tasks, base, fields);
        ConclusionDraft draft = new ConclusionDraft(committee, meeting, title, directives, chair, header.number(),
                header.issued());
        return new NoticeReading(draft, header.number(), header.issued(), fields);
    }

    /** One paragraph a line, spaces as one, "TT & TT" as "TT&TT", NFC. */
    static String clean(String raw) {
        return Fold.nfc(raw).replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace('\t', ' ')
                .replaceAll("[ \\u2000-\\u200b]+", " ").replaceAll(" ?& ?", "&").replaceAll("(?m)^ +| +$", "");
    }

    /** The tasks of a body: each item that is not a heading with items under it, nor an assessment. */
    List<Task> tasks(List<String> body, LocalDate base) {
        Block root = Block.tree(body);
        List<Task> tasks = new ArrayList<>();
        for (Block leaf : root.leaves()) {
            String text = leaf.text();
            String folded = Fold.of(text);
            List<Block> above = leaf.ancestors();
            boolean assessment = above.stream().anyMatch(b -> ASSESSMENT.matcher(Fold.of(b.text())).find());
            if (ASSESSMENT.matcher(folded).find()) {
                continue;
            }
            TaskRoles heading = null;
            Deadline headingDeadline = null;
            String headingText = null;
            for (Block b : above) {
                String h = b.text();
                String hf = Fold.of(h);
                TaskRoles roles = TaskRoles.read(h, hf, names.find(hf, base), null);
                if (heading == null && !roles.leads().isEmpty()) {
                    heading = roles;
                }
                if (headingDeadline == null) {
                    headingDeadline = DeadlineReader.read(hf, base);
                    headingText = h;
                }
            }
            List<Mention> mentions = names.find(folded, base);
            boolean action = ACTION.matcher(folded.replaceFirst("^[\\s\\-–+•*]+", "")).find();
            if (assessment && mentions.isEmpty()) {
                continue;
            }
            if (mentions.isEmpty() && heading == null && !action) {
                continue;
            }
            if (folded.strip().endsWith("nhu sau:") || folded.strip().endsWith("nhu sau")) {
                continue;
            }
            tasks.add(task(text, folded, mentions, heading, base, headingDeadline, headingText));
        }
        return tasks;
    }

    /** One task read on its own (the labelled set's sentences), or under a heading's roles. */
    Task task(String text, LocalDate base) {
        String clean = clean(text).replace('\n', ' ');
        String folded = Fold.of(clean);
        return task(clean, folded, names.find(folded, base), null, base, null, null);
    }

    private Task task(String text, String folded, List<Mention> mentions, TaskRoles heading, LocalDate base,
                      Deadline headingDeadline, String headingText) {
        TaskRoles roles = TaskRoles.read(text, folded, mentions, heading);
        Deadline deadline = DeadlineReader.read(folded, base);
        Evidence evidence;
        if (deadline != null) {
            evidence = Evidence.of(text.substring(deadline.start(), deadline.end()), deadline.confidence());
        } else if (headingDeadline != null) {
            deadline = headingDeadline;
            evidence = Evidence.of(headingText.substring(deadline.start(), deadline.end()), deadline.confidence() * 0.9)
                    .because("parse.note.heading");
        } else {
            evidence = Evidence.missing("parse.note.noDeadline");
        }
        String content = text.replaceAll("[;,]\\s*$", "").strip();
        if (!content.isEmpty() && !content.endsWith(".")) {
            content = content + ".";
        }
        if (content.length() > 4000) {
            content = content.substring(0, 4000);
        }
        return new Task(content, roles, deadline, evidence);
    }

    /** The directives of the tasks, one per lead unit, with each field's evidence under its path. */
    private List<DirectiveDraft> directives(List<Task> tasks, LocalDate base, Map<String, Evidence> fields) {
        List<DirectiveDraft> drafts = new ArrayList<>();
        for (Task task : tasks) {
            List<UnitDto> leads = task.leads().isEmpty() ? java.util.Collections.singletonList(null) : task.leads();
            Set<UnitDto> done = new LinkedHashSet<>();
            for (UnitDto original : leads) {
                Successor lead = original == null ? null : successor(original, base);
                if (lead != null && !done.add(lead.unit())) {
                    continue;
                }
                String path = "directives[" + drafts.size() + "]";
                List<String> coordinating = new ArrayList<>();
                List<String> replaced = new ArrayList<>();
                for (UnitDto unit : task.coordinating()) {
                    Successor s = successor(unit, base);
                    if (s.unit() != null && (lead == null || !s.unit().equals(lead.unit()))
                            && !coordinating.contains(s.unit().code())) {
                        coordinating.add(s.unit().code());
                        if (s.note() != null) {
                            replaced.add(unit.name() + " → " + s.unit().name());
                        }
                    }
                }
                Deadline d = task.deadline();
                DtiKeywords.Proposal dti = DtiKeywords.propose(task.content());
                drafts.add(new DirectiveDraft(task.content(), lead == null || lead.unit() == null ? null : lead.unit().code(),
                        coordinating, d == null || d.ongoing() || d.workingDays() != null ? null : d.date(),
                        d != null && d.ongoing(), false, d == null ? null : d.workingDays(), null,
                        d != null && d.ongoing() ? d.reportEvery() : null).withIndicators(dti.codes()));
                if (!dti.codes().isEmpty()) {
                    fields.put(path + ".indicators", Evidence.of(String.join("; ", dti.words()), 0.6));
                }
                fields.put(path + ".content", Evidence.of(task.content(), 0.9));
                Evidence leadEvidence = task.roles().lead();
                if (lead != null && lead.note() != null) {
                    leadEvidence = leadEvidence.times(0.8).because(lead.note(), lead.arguments());
                } else if (lead != null && lead.unit() == null) {
                    leadEvidence = Evidence.missing("parse.note.noSuccessor", original.name());
                }
                fields.put(path + ".leadUnit", leadEvidence);
                Evidence coordination = task.roles().coordination();
                if (coordination != null) {
                    fields.put(path + ".coordinatingUnits", replaced.isEmpty() ? coordination
                            : coordination.times(0.8).because("parse.note.successors", String.join("; ", replaced)));
                }
                fields.put(path + "." + deadlineField(d), deadlineEvidence(task, base));
            }
        }
        return drafts;
    }

    private static String deadlineField(Deadline d) {
        return d == null ? "deadline" : d.ongoing() ? "ongoing" : d.workingDays() != null ? "deadlineWorkingDays" : "deadline";
    }

    /** The deadline's words; a count of working days also says which day it gives from the notice's date. */
    private Evidence deadlineEvidence(Task task, LocalDate base) {
        Deadline d = task.deadline();
        if (d != null && d.workingDays() != null && context.plusWorkingDays() != null) {
            LocalDate day = context.plusWorkingDays().apply(base, d.workingDays());
            return task.deadlineEvidence().because("parse.note.workingDays", d.workingDays(), base.format(DAY), day.format(DAY));
        }
        return task.deadlineEvidence();
    }

    /** A unit, or the unit that holds its work now that it has ended, and why. */
    record Successor(UnitDto unit, String note, Object... arguments) {
    }

    Successor successor(UnitDto unit, LocalDate noticeDate) {
        UnitDto current = unit;
        Set<String> seen = new LinkedHashSet<>();
        while (current != null && current.isEnded() && seen.add(current.code())) {
            current = current.successors().isEmpty() ? null : byCode.get(current.successors().get(0));
        }
        if (current == unit) {
            return new Successor(unit, null);
        }
        if (current == null) {
            return new Successor(null, "parse.note.noSuccessor", unit.name());
        }
        String key = noticeDate.isBefore(unit.validTo()) ? "parse.note.endedSince" : "parse.note.endedBefore";
        return new Successor(current, key, unit.name(), unit.validTo().format(DAY), current.name(), noticeDate.format(DAY));
    }

    private LocalDate meetingDate(String opening, String openingFolded, NoticeHeader header, Map<String, Evidence> fields) {
        List<String[]> places = List.of(new String[] {opening, openingFolded},
                new String[] {header.title() == null ? "" : header.title(), Fold.of(header.title() == null ? "" : header.title())});
        for (String[] place : places) {
            Matcher m = MEETING_DAY.matcher(place[1]);
            if (m.find()) {
                boolean longForm = m.group(4) != null;
                String year = m.group(longForm ? 6 : 3);
                LocalDate fallback = header.issued() != null ? header.issued() : context.today();
                LocalDate day = NoticeHeader.date(year == null ? String.valueOf(fallback.getYear()) : year,
                        m.group(longForm ? 5 : 2), m.group(longForm ? 4 : 1));
                if (day != null) {
                    if (year == null && day.isAfter(fallback)) {
                        day = day.minusYears(1);
                    }
                    Evidence e = Evidence.of(place[0].substring(m.start(), m.end()), year == null ? 0.7 : 0.9);
                    fields.put("meetingDate", year == null ? e.because("parse.note.yearOfNotice") : e);
                    return day;
                }
            }
        }
        if (header.issued() != null) {
            fields.put("meetingDate", new Evidence(null, 0.3, "parse.note.meetingFromIssued"));
            return header.issued();
        }
        fields.put("meetingDate", Evidence.missing("parse.note.noMeetingDate"));
        return null;
    }

    private String committee(String opening, String openingFolded, Map<String, Evidence> fields) {
        String title = fields.get("title").text() == null ? "" : fields.get("title").text();
        String all = title + "\n" + opening;
        String folded = Fold.of(all);
        for (var committee : context.committees()) {
            String name = Fold.key(committee.name());
            int at = folded.indexOf(name);
            if (at >= 0) {
                fields.put("committee", Evidence.of(all.substring(at, at + name.length()), 0.95));
                return committee.name();
            }
        }
        Matcher m = COMMITTEE.matcher(folded);
        String longest = null;
        while (m.find()) {
            String words = cutAtPlace(all.substring(m.start(), m.end()).strip());
            if (longest == null || words.length() > longest.length()) {
                longest = words;
            }
        }
        if (longest != null) {
            String words = longest;
            if (Fold.key(words).split(" ").length >= 4) {
                String name = "Ban Chỉ đạo" + words.substring("Ban Chỉ đạo".length());
                Optional<String> known = context.committees().stream().map(c -> c.name())
                        .filter(c -> Fold.key(c).startsWith(Fold.key(name))).findFirst();
                fields.put("committee", Evidence.of(words, known.isPresent() ? 0.85 : 0.7)
                        .because(known.isPresent() ? null : "parse.note.newCommittee"));
                return known.orElse(name);
            }
        }
        if (context.committees().size() == 1) {
            fields.put("committee", new Evidence(null, 0.4, "parse.note.onlyCommittee"));
            return context.committees().get(0).name();
        }
        fields.put("committee", Evidence.missing("parse.note.noCommittee"));
        return null;
    }

    /** "Ban Chỉ đạo chuyển đổi số tỉnh Bắc Kạn năm ..." ends with the government's place. */
    private String cutAtPlace(String words) {
        if (context.place() == null) {
            return words;
        }
        String place = Fold.key(context.place());
        int at = Fold.of(words).indexOf(place);
        return at < 0 ? words : words.substring(0, at + place.length());
    }

    /** The chair's username: a leader named in the opening, else the committee's own chair. */
    private String chair(String opening, String openingFolded, String committee, Map<String, Evidence> fields) {
        Matcher m = CHAIR.matcher(openingFolded);
        String words = null;
        if (m.find()) {
            words = opening.substring(m.start(), m.end());
            String name = m.group(1).strip();
            String role = m.group(2);
            var named = context.leaders().stream().filter(u -> Fold.key(u.displayName()).contains(name)).toList();
            if (named.size() == 1) {
                fields.put("committeeChair", Evidence.of(words, 0.9));
                return named.get(0).username();
            }
            boolean chairman = role.contains("chu tich") && !role.contains("pho chu tich");
            if (chairman) {
                var chairmen = context.leaders().stream()
                        .filter(u -> Fold.key(u.displayName()).matches("^chu tich.*|.*truong (ban|bcd).*")).toList();
                if (chairmen.size() == 1) {
                    fields.put("committeeChair", Evidence.of(words, 0.6).because("parse.note.chairByRole"));
                    return chairmen.get(0).username();
                }
            }
        }
        Optional<String> known = context.committees().stream().filter(c -> c.name().equals(committee) && c.chair() != null)
                .map(c -> c.chair()).findFirst();
        if (known.isPresent()) {
            fields.put("committeeChair", new Evidence(words, 0.6, "parse.note.chairOfCommittee"));
            return known.get();
        }
        fields.put("committeeChair", new Evidence(words, 0, "parse.note.noChair"));
        return null;
    }
}
