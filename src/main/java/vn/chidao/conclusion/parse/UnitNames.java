package vn.chidao.conclusion.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;

/**
 * Finds a government's units in a text, accent-insensitive, by their names, short names and the variants agencies
 * write: "Sở TT&TT" for Sở Thông tin và Truyền thông (initials of each part around "và"), "huyện Ba Bể" and
 * "Ủy ban nhân dân huyện Ba Bể" for UBND huyện Ba Bể, "TP Bắc Kạn", "Công an tỉnh" for Công an tỉnh Bắc Kạn; and the
 * groups: "các sở, ban, ngành" (every department), "các quận, huyện", "UBND các huyện, thành phố", "các địa phương"
 * (every district), "các sở, ngành, địa phương" (both). The variants are worked out here from the unit's name and
 * from each alias an admin keeps for it (a renamed unit's former name among them).
 */
final class UnitNames {

    private static final String ITEM = "so|ban|nganh|so nganh|ban nganh|so ban nganh|co quan|dia phuong|quan|huyen"
            + "|thi xa|thanh pho|xa|phuong|thi tran|don vi";
    private static final Pattern GROUP = Pattern.compile(
            "(?:(?:ubnd|uy ban nhan dan) )?cac (?:(?:" + ITEM + ")(?:(?:, ?| va |, va |/)(?=(?:" + ITEM
                    + ")\\b))?)+\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private final List<Map.Entry<String, UnitDto>> variants;
    private final List<UnitDto> units;

    /**
     * @param units the government's units, ended ones too (a notice may name them)
     * @param place the government's place name ("Bắc Kạn"), or null
     */
    UnitNames(List<UnitDto> units, String place) {
        this.units = List.copyOf(units);
        Map<String, UnitDto> byKey = new HashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        for (UnitDto unit : units) {
            for (String variant : variants(unit, place)) {
                String key = Fold.key(variant);
                if (key.length() < 3) {
                    continue;
                }
                UnitDto before = byKey.putIfAbsent(key, unit);
                if (before != null && before.id() != unit.id()) {
                    // The current unit wins over an ended one of the same name; otherwise nobody.
                    if (before.isEnded() && !unit.isEnded()) {
                        byKey.put(key, unit);
                    } else if (!(unit.isEnded() && !before.isEnded())) {
                        ambiguous.add(key);
                    }
                }
            }
        }
        ambiguous.forEach(byKey::remove);
        variants = new ArrayList<>(byKey.entrySet());
        variants.sort(Comparator.comparingInt((Map.Entry<String, UnitDto> e) -> e.getKey().length()).reversed());
    }

    List<UnitDto> units() {
        return units;
    }

    /** The names a unit goes by, as written (folded later). */
    static Set<String> variants(UnitDto unit, String place) {
        Set<String> names = new LinkedHashSet<>();
        if (unit.shortName() != null && !unit.shortName().isBlank()) {
            names.add(unit.shortName().trim());
        }
        derived(unit.name().trim(), unit.kind(), place, names);
        unit.aliases().forEach(alias -> derived(alias.trim(), unit.kind(), place, names));
        return names;
    }

    /** A name and the forms agencies write it in: {@code name} is the unit's own or one of its aliases. */
    private static void derived(String name, UnitKind kind, String place, Set<String> names) {
        names.add(name);
        boolean body = kind == UnitKind.DEPARTMENT || kind == UnitKind.OTHER;
        if (body && place != null && !place.isBlank()) {
            for (String suffix : List.of(" tỉnh " + place, " thành phố " + place, " TP " + place, " " + place)) {
                String stem = name.substring(0, Math.max(0, name.length() - suffix.length())).trim();
                if (Fold.key(name).endsWith(Fold.key(suffix)) && stem.split("\\s+").length >= 2) {
                    names.add(stem);
                    names.add(stem + (suffix.contains("tỉnh") ? " tỉnh" : suffix.contains("TP") || suffix.contains("phố")
                            ? " thành phố" : ""));
                }
            }
        }
        String folded = Fold.key(name);
        if (folded.startsWith("ubnd ") || folded.startsWith("uy ban nhan dan ")) {
            String rest = name.substring(folded.startsWith("ubnd ") ? 5 : 16).trim();
            names.add(rest);
            names.add("Ủy ban nhân dân " + rest);
            names.add("UBND " + rest);
            districtShortNames(rest, names);
        } else if (kind == UnitKind.DISTRICT || kind == UnitKind.COMMUNE) {
            names.add("UBND " + name);
            names.add("Ủy ban nhân dân " + name);
            districtShortNames(name, names);
        }
        if (folded.startsWith("so ")) {
            String rest = name.substring(3).trim();
            String initials = initials(rest);
            names.add("Sở " + initials);
            names.add("Sở " + initials.replace("&", " và "));
            names.add("Sở " + initials.replace("&", "").replace("-", ""));
        }
    }

    /** "thành phố Bắc Kạn" → "TP Bắc Kạn", "TP. Bắc Kạn"; "thị xã Hương Thủy" → "TX Hương Thủy". */
    private static void districtShortNames(String rest, Set<String> names) {
        String folded = Fold.key(rest);
        for (String[] pair : new String[][] {{"thanh pho ", "TP"}, {"thi xa ", "TX"}, {"thi tran ", "TT"}}) {
            if (folded.startsWith(pair[0])) {
                String place = rest.substring(pair[0].length()).trim();
                names.add(pair[1] + " " + place);
                names.add(pair[1] + ". " + place);
            }
        }
    }

    /** "Thông tin và Truyền thông" → "TT&TT"; "Lao động - Thương binh và Xã hội" → "LĐ-TB&XH". */
    static String initials(String rest) {
        List<String> parts = new ArrayList<>();
        for (String part : rest.split("\\s+và\\s+")) {
            List<String> pieces = new ArrayList<>();
            for (String piece : part.split("\\s*-\\s*|,\\s*")) {
                StringBuilder letters = new StringBuilder();
                Matcher word = WORD.matcher(piece);
                while (word.find()) {
                    letters.append(Character.toUpperCase(word.group().charAt(0)));
                }
                pieces.add(letters.toString());
            }
            parts.add(String.join("-", pieces));
        }
        return String.join("&", parts);
    }

    /**
     * Every unit and group named in {@code folded} (a text folded by {@link Fold#of}), in order, without overlaps:
     * the longest name wins where two overlap.
     */
    List<Mention> find(String folded) {
        return find(folded, null);
    }

    /**
     * The same, a group standing for the units of its kinds that existed on {@code on} (a notice's date; null: those
     * that have not ended), ended ones included when they still existed then: their successors hold their part now.
     */
    List<Mention> find(String folded, java.time.LocalDate on) {
        boolean[] taken = new boolean[folded.length()];
        List<Mention> found = new ArrayList<>();
        Matcher group = GROUP.matcher(folded);
        while (group.find()) {
            Set<UnitKind> kinds = kinds(group.group());
            if (!kinds.isEmpty() && free(taken, group.start(), group.end()) && boundary(folded, group.start(), group.end())) {
                List<UnitDto> members = units.stream().filter(u -> existed(u, on) && kinds.contains(u.kind())).toList();
                if (!members.isEmpty()) {
                    found.add(new Mention(group.start(), group.end(), members, true));
                    mark(taken, group.start(), group.end());
                }
            }
        }
        for (Map.Entry<String, UnitDto> variant : variants) {
            String key = variant.getKey();
            for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
                int end = at + key.length();
                if (boundary(folded, at, end) && free(taken, at, end)) {
                    found.add(new Mention(at, end, List.of(variant.getValue()), false));
                    mark(taken, at, end);
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The kinds of unit a group names: "sở, ngành" the departments, "quận, huyện, địa phương" the districts. */
    private static Set<UnitKind> kinds(String group) {
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        String items = group.replaceFirst("^(?:ubnd |uy ban nhan dan )?cac ", " ").replaceAll("[,/]", " ")
                .replace(" co quan", " ").replace(" don vi", " ") + " ";
        if (items.matches(".* (so|nganh)( .*|$)")) {
            kinds.add(UnitKind.DEPARTMENT);
        }
        boolean district = items.matches(".* (quan|huyen|dia phuong)( .*|$)")
                || group.startsWith("ubnd") || group.startsWith("uy ban");
        if (district) {
            kinds.add(UnitKind.DISTRICT);
        }
        if (items.matches(".* (xa|phuong|thi tran) .*") && !items.matches(".* thi xa .*") && !district) {
            kinds.add(UnitKind.COMMUNE);
        }
        return kinds;
    }

    private static boolean existed(UnitDto unit, java.time.LocalDate on) {
        if (on == null) {
            return !unit.isEnded();
        }
        return (unit.validFrom() == null || !on.isBefore(unit.validFrom()))
                && (unit.validTo() == null || on.isBefore(unit.validTo()));
    }

    private static boolean boundary(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
