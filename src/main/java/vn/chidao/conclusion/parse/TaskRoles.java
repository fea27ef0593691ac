package vn.chidao.conclusion.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.organisation.UnitDto;

/**
 * Who leads a task and who coordinates, from the units named in it: "giao X chủ trì", "X chủ trì, phối hợp với Y",
 * "X tham mưu", "đề nghị X", "giao X", the units a task opens with ("Sở Y tế, Sở GD&ĐT triển khai ..."), or else the
 * unit its heading names ("2. Giao Sở Tài chính:"). Several leads (a list or a group) mean one directive per unit.
 */
record TaskRoles(List<UnitDto> leads, Evidence lead, List<UnitDto> coordinating, Evidence coordination) {

    /** Between two units of one list: commas, "và", "cùng", "các". */
    private static final Pattern LIST_GAP = Pattern.compile("^[\\s,]*(?:(?:va|cung|voi|hoac)[\\s,]+)?$");
    /** After "phối hợp với": a body not in the list may come first ("Kho bạc và các sở, ngành"). */
    private static final Pattern AFTER_COORDINATES = Pattern.compile(
            "^[\\s,]*(?:(?:voi|cung)\\s+)?(?:[a-z]+(?: [a-z]+){0,5}(?:,\\s*|\\s+va\\s+))?$");
    private static final Pattern LEAD_BEFORE = Pattern.compile("^[\\s,]*(?:(?:la co quan|la don vi|lam)\\s+)?$");
    private static final Pattern CHAIRS = Pattern.compile("\\bchu tri\\b");
    private static final Pattern ADVISES = Pattern.compile("\\b(?:tham muu|co trach nhiem|chiu trach nhiem)\\b");
    private static final Pattern GIVES = Pattern.compile(
            "\\b(?:giao(?: cho)?|de nghi|yeu cau|chi dao|dong y de|giao nhiem vu cho)\\s+$");
    private static final Pattern OPENS = Pattern.compile("^[\\s\\-–+•*]*(?:(?:dong thoi|tiep theo|ngoai ra|theo do),?\\s+)?$");
    private static final Pattern COORDINATES = Pattern.compile("\\bphoi hop(?:\\s+(?:chat che\\s+)?(?:voi|cung))?\\s*");

    static TaskRoles read(String text, String folded, List<Mention> mentions, TaskRoles heading) {
        List<List<Mention>> lists = lists(folded, mentions);
        List<Mention> leadList = listBefore(CHAIRS, folded, lists);
        double sure = leadList == null ? 0 : 0.95;
        // "a) Chủ trì, phối hợp với Y ..." under "Giao X:": the heading's unit leads, not one named further on.
        boolean chairWithoutUnit = leadList == null && CHAIRS.matcher(folded).find();
        if (leadList == null && !(chairWithoutUnit && heading != null)) {
            for (List<Mention> list : lists) {
                String before = folded.substring(0, list.get(0).start());
                if (GIVES.matcher(before).find()) {
                    leadList = list;
                    sure = 0.9;
                    break;
                }
            }
        }
        if (leadList == null && !(chairWithoutUnit && heading != null)) {
            leadList = listBefore(ADVISES, folded, lists);
            sure = leadList == null ? 0 : 0.85;
        }
        if (leadList == null && !lists.isEmpty() && !chairWithoutUnit
                && OPENS.matcher(folded.substring(0, lists.get(0).get(0).start())).matches()) {
            leadList = lists.get(0);
            sure = 0.8;
        }
        List<Mention> coordinating = new ArrayList<>();
        Matcher coordinates = COORDINATES.matcher(folded);
        String coordinationText = null;
        while (coordinates.find()) {
            for (List<Mention> list : lists) {
                if (list == leadList) {
                    continue;
                }
                Mention first = list.get(0);
                Mention last = list.get(list.size() - 1);
                boolean after = first.start() >= coordinates.end()
                        && (LIST_GAP.matcher(folded.substring(coordinates.end(), first.start())).matches()
                        || coordinating.isEmpty()
                        && AFTER_COORDINATES.matcher(folded.substring(coordinates.end(), first.start())).matches());
                boolean before = last.end() <= coordinates.start()
                        && LIST_GAP.matcher(folded.substring(last.end(), coordinates.start())).matches();
                if (after || before) {
                    coordinating.addAll(list);
                    int from = Math.min(coordinates.start(), first.start());
                    int to = Math.max(coordinates.end(), last.end());
                    coordinationText = join(coordinationText, text.substring(from, to).trim());
                }
            }
            if (coordinationText == null) {
                coordinationText = text.substring(coordinates.start(), Math.min(text.length(), coordinates.end() + 40)).trim();
            }
        }
        if (leadList != null && sure >= 0.9) {
            // "Các sở, ngành, địa phương ...; Sở TT&TT chủ trì tổng hợp": the units the task opens with take part.
            List<Mention> opening = lists.isEmpty() ? null : lists.get(0);
            if (opening != null && opening != leadList && !coordinating.containsAll(opening)
                    && OPENS.matcher(folded.substring(0, opening.get(0).start())).matches()) {
                coordinating.addAll(opening);
                coordinationText = join(coordinationText, text.substring(opening.get(0).start(),
                        opening.get(opening.size() - 1).end()));
            }
        }
        List<UnitDto> leads;
        Evidence lead;
        if (leadList != null) {
            leads = units(leadList);
            String words = text.substring(leadList.get(0).start(), leadList.get(leadList.size() - 1).end());
            boolean group = leadList.size() > 1 || leadList.get(0).group();
            lead = Evidence.of(words, group ? sure * 0.9 : sure);
            if (group) {
                lead = lead.because("parse.note.group", leads.size());
            }
        } else if (heading != null && !heading.leads().isEmpty()) {
            leads = heading.leads();
            lead = heading.lead().times(0.9).because("parse.note.heading");
        } else {
            leads = List.of();
            lead = Evidence.missing("parse.note.noLead");
        }
        Set<UnitDto> coords = new LinkedHashSet<>(units(coordinating));
        if (leads.size() == 1) {
            coords.remove(leads.get(0));
        }
        Evidence coordination = coordinationText == null ? null
                : coords.isEmpty() ? new Evidence(coordinationText, 0.5, "parse.note.vagueCoordination")
                : Evidence.of(coordinationText, 0.9);
        return new TaskRoles(leads, lead, List.copyOf(coords), coordination);
    }

    /** The list of units right before the first place {@code marker} ("chủ trì", "tham mưu") follows one. */
    private static List<Mention> listBefore(Pattern marker, String folded, List<List<Mention>> lists) {
        Matcher m = marker.matcher(folded);
        while (m.find()) {
            List<Mention> found = null;
            for (List<Mention> list : lists) {
                Mention last = list.get(list.size() - 1);
                if (last.end() <= m.start() && LEAD_BEFORE.matcher(folded.substring(last.end(), m.start())).matches()) {
                    found = list;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }

    /** The mentions grouped into lists: units one after another separated only by commas and "và". */
    private static List<List<Mention>> lists(String folded, List<Mention> mentions) {
        List<List<Mention>> lists = new ArrayList<>();
        List<Mention> current = null;
        for (Mention m : mentions) {
            if (current != null && LIST_GAP.matcher(folded.substring(current.get(current.size() - 1).end(), m.start())).matches()
                    && !folded.substring(current.get(current.size() - 1).end(), m.start()).contains("voi")) {
                current.add(m);
            } else {
                current = new ArrayList<>();
                current.add(m);
                lists.add(current);
            }
        }
        return lists;
    }

    private static List<UnitDto> units(List<Mention> mentions) {
        Set<UnitDto> units = new LinkedHashSet<>();
        mentions.forEach(m -> units.addAll(m.units()));
        return List.copyOf(units);
    }
}
