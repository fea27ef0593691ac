package vn.chidao.conclusion.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;

/** The labelled set under src/test/resources/notice: its units, its sentences and its whole notices. */
final class Labelled {

    /** One labelled task: its text, the expected leads and coordinating units (codes) and deadline label. */
    record Sentence(String text, LocalDate base, Set<String> leads, Set<String> coordinating, String deadline) {
    }

    private Labelled() {
    }

    static String read(String name) {
        try (InputStream in = Labelled.class.getResourceAsStream("/notice/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource notice/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<UnitDto> units() {
        List<UnitDto> units = new ArrayList<>();
        long id = 1;
        for (String line : read("units.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s*\\|\\s*");
            units.add(new UnitDto(id++, 1, f[0].trim(), f[1].trim(), f[2].trim(), UnitKind.valueOf(f[3].trim()), null,
                    null, null, List.of(), null));
        }
        return units;
    }

    /** A parser for the labelled units, with weekends as the only days off. */
    static NoticeParser parser(List<UnitDto> units) {
        BiFunction<LocalDate, Integer, LocalDate> weekdays = (from, n) -> {
            LocalDate day = from;
            for (int i = 0; i < n; ) {
                day = day.plusDays(1);
                if (day.getDayOfWeek().getValue() < 6) {
                    i++;
                }
            }
            return day;
        };
        return new NoticeParser(new NoticeContext(units, "Bắc Kạn", List.of(), List.of(), LocalDate.of(2024, 1, 1), weekdays));
    }

    static List<Sentence> sentences(List<UnitDto> units) {
        List<Sentence> sentences = new ArrayList<>();
        LocalDate base = null;
        String text = null;
        Set<String> leads = null;
        Set<String> coordinating = null;
        for (String line : read("sentences.txt").split("\n")) {
            if (line.startsWith("base:")) {
                base = LocalDate.parse(line.substring(5).trim());
            } else if (line.startsWith("> ")) {
                text = line.substring(2).trim();
            } else if (line.startsWith("lead:")) {
                leads = codes(line.substring(5), units);
            } else if (line.startsWith("coord:")) {
                coordinating = codes(line.substring(6), units);
            } else if (line.startsWith("deadline:")) {
                String d = line.substring(9).trim().replace(" wd", "wd");
                sentences.add(new Sentence(text, base, leads, coordinating, d.equals("-") ? null : d));
            }
        }
        return sentences;
    }

    /** "STC, @DISTRICT" as codes: a kind stands for every unit of it. */
    static Set<String> codes(String list, List<UnitDto> units) {
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(code -> {
            if (code.startsWith("@")) {
                UnitKind kind = UnitKind.valueOf(code.substring(1));
                units.stream().filter(u -> u.kind() == kind).forEach(u -> codes.add(u.code()));
            } else {
                codes.add(code);
            }
        });
        return codes;
    }
}
