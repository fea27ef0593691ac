package vn.chidao.conclusion.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DTI main indicators (codes of {@code seeds/dti/indicators.yml}) a task's words suggest, by keywords: "dịch vụ công trực
 * tuyến" → DTI-7 (Hoạt động chính quyền số), "an ninh mạng" → DTI-5 (An toàn thông tin mạng) … A whole word or phrase,
 * any case; a proposal only, the secretariat confirms it in the editor.
 */
final class DtiKeywords {

    /** The indicators a task's words suggest, in code order, and the words that suggested them. */
    record Proposal(List<String> codes, List<String> words) {
    }

    private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("DTI-1", List.of("tuyên truyền", "nhận thức"));
        KEYWORDS.put("DTI-2", List.of("quy chế", "kế hoạch", "văn bản"));
        KEYWORDS.put("DTI-3", List.of("hạ tầng", "5G", "cáp quang"));
        KEYWORDS.put("DTI-4", List.of("nhân lực", "đào tạo", "bồi dưỡng"));
        KEYWORDS.put("DTI-5", List.of("an toàn thông tin", "an ninh mạng"));
        KEYWORDS.put("DTI-6", List.of("đô thị thông minh", "IOC"));
        KEYWORDS.put("DTI-7", List.of("dịch vụ công trực tuyến", "chính quyền số", "chính quyền điện tử"));
        KEYWORDS.put("DTI-8", List.of("thương mại điện tử", "kinh tế số", "doanh nghiệp số"));
        KEYWORDS.put("DTI-9", List.of("thanh toán không dùng tiền mặt", "công dân số", "xã hội số"));
    }

    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        KEYWORDS.forEach((code, words) -> words.forEach(w -> PATTERNS.put(w + "\u0000" + code,
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))));
    }

    private DtiKeywords() {
    }

    static Proposal propose(String text) {
        List<String> codes = new ArrayList<>();
        List<String> words = new ArrayList<>();
        if (text == null) {
            return new Proposal(codes, words);
        }
        PATTERNS.forEach((key, pattern) -> {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String code = key.substring(key.indexOf('\u0000') + 1);
                if (!codes.contains(code)) {
                    codes.add(code);
                }
                words.add(m.group());
            }
        });
        return new Proposal(codes, words);
    }
}
