package vn.chidao.document;

import java.text.Normalizer;

/**
 * The name a file is kept and sent back under: the sender's last path segment (no folder from a browser or a
 * crafted part), without control or direction-override characters, in NFC so Vietnamese letters keep one form,
 * at most 200 characters with the extension kept. Nothing of it is ever used as a path here.
 */
final class FileNames {

    static final int MAX = 200;
    private static final String FALLBACK = "tep";

    private FileNames() {
    }

    static String clean(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::printable).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return FALLBACK;
        }
        return shorten(name);
    }

    private static boolean printable(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
    }
}
