package vn.chidao.conclusion.parse;

import java.util.List;
import vn.chidao.organisation.UnitDto;

/**
 * Units named at one place of a text: one unit ("Sở TT&TT") or a group ("các quận, huyện"), from {@code start} to
 * {@code end} (exclusive) of the text searched.
 */
record Mention(int start, int end, List<UnitDto> units, boolean group) {
}
