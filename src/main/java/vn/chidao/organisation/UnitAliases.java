package vn.chidao.organisation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.lang3.StringUtils;
import vn.chidao.base.InvalidInputException;

/**
 * An admin's aliases for a unit, cleaned: trimmed, blanks and repeats (of each other, of the unit's own name and
 * short name) dropped, compared as the notice parser compares names (without accents or case). An alias that a
 * current unit of the government goes by is refused: the parser could no longer tell the two apart. An ended unit's
 * name may be an alias (its successor is then found by it).
 */
final class UnitAliases {

    private UnitAliases() {
    }

    /** The aliases to keep for {@code unit} among the government's {@code units}; 400 on {@code aliases}. */
    static List<String> clean(List<String> given, Unit unit, List<Unit> units) {
        Map<String, String> kept = new LinkedHashMap<>();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        List<String> own = Stream.of(unit.getName(), unit.getShortName()).filter(Objects::nonNull)
                .map(UnitAliases::key).toList();
        Map<String, Unit> taken = new LinkedHashMap<>();
        units.stream().filter(u -> !u.getId().equals(unit.getId()) && !u.isEnded())
                .forEach(u -> namesOf(u).forEach(name -> taken.putIfAbsent(key(name), u)));
        for (String alias : given == null ? List.<String>of() : given) {
            String text = alias == null ? "" : alias.strip().replaceAll("\\s+", " ");
            String key = key(text);
            if (key.isEmpty() || own.contains(key) || kept.containsKey(key)) {
                continue;
            }
            if (text.length() > UnitDto.ALIAS_MAX) {
                errors.add("aliases", "error.unit.aliasLength", StringUtils.abbreviate(text, 40), UnitDto.ALIAS_MAX);
            } else if (taken.containsKey(key)) {
                errors.add("aliases", "error.unit.aliasTaken", text, taken.get(key).getName());
            }
            kept.put(key, text);
        }
        if (kept.size() > UnitDto.ALIASES_MAX) {
            errors.add("aliases", "error.listSize", UnitDto.ALIASES_MAX);
        }
        errors.throwIfAny();
        return new ArrayList<>(kept.values());
    }

    /** {@code aliases} with {@code formerName} added when a rename leaves it behind. */
    static List<String> withFormerName(List<String> aliases, String formerName, String newName) {
        if (key(formerName).equals(key(newName))) {
            return aliases;
        }
        List<String> all = new ArrayList<>(aliases);
        all.add(formerName);
        return all;
    }

    private static List<String> namesOf(Unit unit) {
        List<String> names = new ArrayList<>(unit.getAliases());
        names.add(unit.getName());
        String shortName = unit.getShortName();
        if (shortName != null) {
            names.add(shortName);
        }
        return names;
    }

    /** A name to compare: without accents (đ as d), in lower case, runs of spaces as one. */
    static String key(String text) {
        String bare = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return bare.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
