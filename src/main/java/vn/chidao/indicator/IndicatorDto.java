package vn.chidao.indicator;

/** A DTI indicator: {@code parentCode} null for the nine main ones; {@code weight} in points, null when not given. */
public record IndicatorDto(String code, String parentCode, String name, String nameEn, Integer weight, int ordinal) {

    public boolean isMain() {
        return parentCode == null;
    }

    /** The name in the screen's language (Vietnamese unless English). */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
