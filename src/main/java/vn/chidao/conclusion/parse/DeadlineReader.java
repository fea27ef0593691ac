package vn.chidao.conclusion.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a directive's deadline from its folded text: "trước ngày 15/12/2023", "chậm nhất ngày 30 tháng 9 năm
 * 2023", "trước 30/6" (the year of the notice, or the next when that day has passed), "hoàn thành trong tháng 8
 * năm 2021" (the month's last day), "trong quý III/2022" (the quarter's), "6 tháng đầu năm 2023", "năm 2024" (31/12),
 * "trong 10 ngày làm việc" (working days from the issue date), "trong 15 ngày" (calendar days), "thường xuyên",
 * "hằng tháng", "hằng quý" (ongoing). Where several are written, the surest wins, then the last.
 */
final class DeadlineReader {

    private static final String DAY = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?";
    private static final String LONG_DAY = "(\\d{1,2}) thang (\\d{1,2})(?:,? nam (\\d{4}))?";
    private static final Pattern BY_DAY = Pattern.compile(
            "(?:truoc|cham nhat(?: la)?|han chot(?: la)?|khong qua|khong muon hon|hoan thanh(?: truoc)?|xong truoc"
                    + "|den|trong|ket thuc(?: truoc)?|thoi han(?: la)?|thoi gian hoan thanh|hoan thanh xong)"
                    + "(?: (?:het|ngay|trong ngay|truoc ngay))?[ :]*(?:ngay )?(?:" + DAY + "|" + LONG_DAY + ")(?!\\d)");
    private static final Pattern BY_MONTH = Pattern.compile(
            "(truoc|trong|den het|den|cuoi|hoan thanh trong|hoan thanh)? ?thang (\\d{1,2})(?:/| nam |-)(\\d{4})");
    private static final Pattern MONTH_ONLY = Pattern.compile("(truoc|trong|den het|hoan thanh trong) thang (\\d{1,2}|nay)(?![/\\d])(?! nam)");
    private static final Pattern QUARTER = Pattern.compile(
            "(truoc|trong|den het|cuoi|hoan thanh trong)? ?quy (iv|iii|ii|i|[1-4])\\b(?:(?:/| nam | )(\\d{4}))?");
    private static final Pattern WORKING_DAYS = Pattern.compile(
            "trong (?:thoi han |vong )?(\\d{1,3}|[a-z]+(?: [a-z]+)?) ngay lam viec");
    private static final Pattern DAYS = Pattern.compile(
            "trong (?:thoi han |vong )?(\\d{1,3}|[a-z]+(?: [a-z]+)?) ngay(?! lam viec)(?! \\d)");
    private static final Pattern HALF = Pattern.compile("(6|sau) thang (dau|cuoi) nam(?: (\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile(
            "(?:(trong|truoc|hoan thanh trong|hoan thanh|cuoi|den het|xong trong|, trong|,) )nam (\\d{4}|nay)\\b(?! ?[/-])");
    private static final Pattern ONGOING = Pattern.compile(
            "thuong xuyen|hang (nam|thang|quy|tuan)|hàng (nam|thang|quy)|dinh ky (hang )?(thang|quy|nam)?|lien tuc");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("mot", 1), Map.entry("hai", 2),
            Map.entry("ba", 3), Map.entry("bon", 4), Map.entry("nam", 5), Map.entry("sau", 6), Map.entry("bay", 7),
            Map.entry("tam", 8), Map.entry("chin", 9), Map.entry("muoi", 10), Map.entry("muoi lam", 15),
            Map.entry("hai muoi", 20), Map.entry("ba muoi", 30));

    private DeadlineReader() {
    }

    /**
     * The deadline of {@code folded}, or null when none is written.
     *
     * @param base the notice's date (issued, or the meeting's), from which a day without a year and a period count
     */
    static Deadline read(String folded, LocalDate base) {
        List<Deadline> found = new ArrayList<>();
        each(BY_DAY, folded, m -> {
            boolean longForm = m.group(4) != null;
            int d = Integer.parseInt(m.group(longForm ? 4 : 1));
            int mo = Integer.parseInt(m.group(longForm ? 5 : 2));
            String y = m.group(longForm ? 6 : 3);
            LocalDate day = day(y, mo, d, base);
            return day == null ? null : Deadline.on(day, m.start(), m.end(), y == null ? 0.9 : 0.95);
        }, found);
        each(BY_MONTH, folded, m -> {
            YearMonth month = yearMonth(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
            if (month == null) {
                return null;
            }
            month = "truoc".equals(m.group(1)) ? month.minusMonths(1) : month;
            return Deadline.on(month.atEndOfMonth(), m.start(), m.end(), m.group(1) == null ? 0.75 : 0.9);
        }, found);
        each(MONTH_ONLY, folded, m -> {
            int mo = "nay".equals(m.group(2)) ? base.getMonthValue() : Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12) {
                return null;
            }
            YearMonth month = YearMonth.of(base.getYear(), mo);
            month = "truoc".equals(m.group(1)) ? month.minusMonths(1) : month;
            if (month.atEndOfMonth().isBefore(base)) {
                month = month.plusYears(1);
            }
            return Deadline.on(month.atEndOfMonth(), m.start(), m.end(), 0.85);
        }, found);
        each(QUARTER, folded, m -> {
            int q = quarter(m.group(2));
            int year = m.group(3) == null ? base.getYear() : Integer.parseInt(m.group(3));
            YearMonth end = YearMonth.of(year, q * 3);
            end = "truoc".equals(m.group(1)) ? end.minusMonths(3) : end;
            if (m.group(3) == null && end.atEndOfMonth().isBefore(base)) {
                end = end.plusYears(1);
            }
            return Deadline.on(end.atEndOfMonth(), m.start(), m.end(), m.group(3) == null ? 0.8 : 0.9);
        }, found);
        each(WORKING_DAYS, folded, m -> {
            Integer n = number(m.group(1));
            return n == null || n < 1 || n > 365 ? null
                    : new Deadline(null, n, false, null, m.start(), m.end(), 0.9);
        }, found);
        each(DAYS, folded, m -> {
            Integer n = number(m.group(1));
            return n == null || n < 1 || n > 365 ? null : Deadline.on(base.plusDays(n), m.start(), m.end(), 0.8);
        }, found);
        each(HALF, folded, m -> {
            int year = m.group(3) == null ? base.getYear() : Integer.parseInt(m.group(3));
            LocalDate day = "dau".equals(m.group(2)) ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            return Deadline.on(day, m.start(), m.end(), 0.85);
        }, found);
        each(YEAR, folded, m -> {
            int year = "nay".equals(m.group(2)) ? base.getYear() : Integer.parseInt(m.group(2));
            if (year < base.getYear() - 1 || year > base.getYear() + 10) {
                return null;
            }
            return Deadline.on(LocalDate.of(year, 12, 31), m.start(), m.end(), m.group(1).startsWith(",") ? 0.7 : 0.8);
        }, found);
        each(ONGOING, folded, m -> new Deadline(null, null, true, every(m.group()), m.start(), m.end(), 0.7), found);
        return found.stream().max(Comparator.comparingDouble(Deadline::confidence)
                .thenComparingInt(Deadline::start)).orElse(null);
    }

    private static String every(String phrase) {
        if (phrase.endsWith("quy")) {
            return "P3M";
        }
        if (phrase.endsWith("thang")) {
            return "P1M";
        }
        if (phrase.endsWith("tuan")) {
            return "P1W";
        }
        return null;
    }

    private static void each(Pattern pattern, String folded, Function<Matcher, Deadline> read, List<Deadline> into) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            Deadline deadline = read.apply(m);
            if (deadline != null) {
                into.add(deadline);
            }
        }
    }

    /** The day, its year from {@code base} when not written (the next year when that day has passed). */
    private static LocalDate day(String year, int month, int day, LocalDate base) {
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, day);
            }
            LocalDate date = LocalDate.of(base.getYear(), month, day);
            return date.isBefore(base) ? date.plusYears(1) : date;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static YearMonth yearMonth(int year, int month) {
        return month < 1 || month > 12 ? null : YearMonth.of(year, month);
    }

    private static int quarter(String text) {
        return switch (text) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static Integer number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        return NUMBERS.get(text);
    }
}
