package vn.chidao.organisation;

import java.time.LocalDate;

/**
 * A government; {@code noticeSymbol} is its office's symbol in notice numbers ("TB-UBND"). {@code validTo} and
 * {@code mergedInto} (a code): the day it merged into another government and which one; null while it stands.
 */
public record GovernmentDto(long id, String code, String name, String noticeSymbol, LocalDate validTo,
                            String mergedInto) {

    public boolean isMerged() {
        return mergedInto != null;
    }
}
