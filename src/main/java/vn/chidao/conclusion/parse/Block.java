package vn.chidao.conclusion.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item of a notice's body: "1." (rank 1), "II." (0), "1.2." (2), "a)" (3), "-" (4), "+" (5) or a paragraph
 * without a mark (9), its text without the mark, and the items under it.
 */
final class Block {

    private static final Pattern[] MARKS = {
            Pattern.compile("^((?:I|II|III|IV|V|VI|VII|VIII|IX|X)[.)/]\\s+)"),
            Pattern.compile("^(\\d{1,2}[.)/]\\s+)"),
            Pattern.compile("^(\\d{1,2}\\.\\d{1,2}\\.?\\)?\\s+)"),
            Pattern.compile("^([a-zđ]\\)\\s+|[a-zđ]\\.\\s+(?=\\p{Lu}))"),
            Pattern.compile("^([-–—•]\\s*)"),
            Pattern.compile("^([+*]\\s*)"),
    };
    /** "a) ...; b) ..." written on one line: each letter starts an item of its own. */
    private static final Pattern INLINE = Pattern.compile("(?<=[;:.])\\s+(?=[a-zđ]\\)\\s)");

    final int rank;
    final Block parent;
    final StringBuilder text = new StringBuilder();
    final List<Block> children = new ArrayList<>();

    private Block(int rank, Block parent) {
        this.rank = rank;
        this.parent = parent;
    }

    String text() {
        return text.toString().trim();
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    /** The body's lines as a tree under an unranked root. */
    static Block tree(List<String> lines) {
        Block root = new Block(-1, null);
        Block last = root;
        for (String whole : lines) {
            for (String line : INLINE.split(whole)) {
                line = line.strip();
                if (line.isEmpty()) {
                    continue;
                }
                int rank = 9;
                String body = line;
                for (int r = 0; r < MARKS.length; r++) {
                    Matcher m = MARKS[r].matcher(line);
                    if (m.find()) {
                        rank = r;
                        body = line.substring(m.end());
                        break;
                    }
                }
                if (rank == 9 && last != root && continues(last.text(), line)) {
                    last.text.append(' ').append(line);
                    continue;
                }
                Block parent = last;
                while (parent != root && parent.rank >= rank) {
                    parent = parent.parent;
                }
                if (rank == 9) {
                    parent = root;
                }
                Block block = new Block(rank, parent);
                block.text.append(body);
                parent.children.add(block);
                last = block;
            }
        }
        return root;
    }

    /** A line without a mark continues the item above when that item has not ended its sentence (a wrapped line). */
    private static boolean continues(String previous, String line) {
        char end = previous.isEmpty() ? '.' : previous.charAt(previous.length() - 1);
        return (end != '.' && end != ':' && end != ';' && end != '!' && end != '?')
                || Character.isLowerCase(line.charAt(0));
    }

    List<Block> leaves() {
        List<Block> leaves = new ArrayList<>();
        for (Block child : children) {
            if (child.isLeaf()) {
                leaves.add(child);
            } else {
                leaves.addAll(child.leaves());
            }
        }
        return leaves;
    }

    /** The items above this one, nearest first, the root left out. */
    List<Block> ancestors() {
        List<Block> up = new ArrayList<>();
        for (Block b = parent; b != null && b.rank >= 0; b = b.parent) {
            up.add(b);
        }
        return up;
    }
}
