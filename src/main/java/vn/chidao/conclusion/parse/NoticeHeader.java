package vn.chidao.conclusion.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a notice: "Số: 126/TB-UBND", "Bắc Kạn, ngày 20 tháng 6 năm 2022", the title under "THÔNG BÁO", and
 * where its body begins (after "... kết luận như sau:", else after the opening paragraph).
 */
record NoticeHeader(String number, LocalDate issued, String title, int titleLine, int bodyLine) {

    private static final Pattern NUMBER = Pattern.compile("\\bso\\s*[:.]?\\s*(\\d{1,5}\\s*/\\s*[a-z0-9][a-z0-9.\\-&/]*)");
    private static final Pattern ISSUED = Pattern.compile("ngay (\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})");
    private static final Pattern BODY_START = Pattern.compile("nhu sau\\s*:?\\s*$|^(?:i|1)[.)]\\s.*(nhiem vu|ket luan)");
    private static final Pattern OPENING = Pattern.compile(
            "^(?:sang|chieu|toi|hom|vao|ngay|trong ngay|thuc hien|theo|can cu|ban chi dao|ngay \\d)");

    private static final Pattern OPENING_INSIDE = Pattern.compile(
            "(?<=\\S )(?=(?:sang|chieu|toi) (?:ngay )?\\d|(?:ngay|hom nay,?) \\d{1,2}(?:/| thang ))");

    static NoticeHeader read(List<String> lines, List<String> folded) {
        String number = null;
        LocalDate issued = null;
        int titleLine = -1;
        int top = Math.min(lines.size(), 20);
        for (int i = 0; i < top; i++) {
            String f = folded.get(i);
            if (number == null) {
                Matcher m = NUMBER.matcher(f);
                if (m.find()) {
                    number = lines.get(i).substring(m.start(1), m.end(1)).replaceAll("\\s+", "");
                }
            }
            if (issued == null && titleLine < 0) {
                Matcher m = ISSUED.matcher(f);
                if (m.find()) {
                    issued = date(m.group(3), m.group(2), m.group(1));
                }
            }
            if (titleLine < 0 && f.strip().equals("thong bao")) {
                titleLine = i;
            }
        }
        StringBuilder title = new StringBuilder();
        int after = titleLine + 1;
        if (titleLine < 0) {
            for (int i = 0; i < top; i++) {
                if (folded.get(i).strip().startsWith("ket luan cua") || folded.get(i).strip().startsWith("thong bao ket luan")) {
                    titleLine = i;
                    after = i;
                    break;
                }
            }
        }
        int line = Math.max(after, 0);
        if (titleLine >= 0) {
            for (; line < lines.size(); line++) {
                String f = folded.get(line).strip();
                if (f.isEmpty()) {
                    if (title.length() > 0) {
                        break;
                    }
                    continue;
                }
                if (OPENING.matcher(f).find() || f.matches("^-+$") || title.length() > 400) {
                    break;
                }
                Matcher opening = OPENING_INSIDE.matcher(f);
                if (opening.find()) {
                    // A title run into the opening paragraph (a PDF's lines joined): the title ends there.
                    title.append(title.length() == 0 ? "" : " ").append(lines.get(line), 0, opening.start());
                    break;
                }
                title.append(title.length() == 0 ? "" : " ").append(lines.get(line).strip());
            }
        }
        int body = -1;
        for (int i = Math.max(titleLine + 1, 0); i < lines.size(); i++) {
            if (BODY_START.matcher(folded.get(i).strip()).find()) {
                body = folded.get(i).strip().matches("^(?:i|1)[.)]\\s.*") ? i : i + 1;
                break;
            }
        }
        if (body < 0) {
            body = Math.max(line, 0);
            while (body < lines.size() && folded.get(body).isBlank()) {
                body++;
            }
            body++; // the opening paragraph
        }
        return new NoticeHeader(number, issued, title.length() == 0 ? null : title.toString().replaceAll("\\s+", " ").strip(),
                titleLine, Math.min(body, lines.size()));
    }

    static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

}
