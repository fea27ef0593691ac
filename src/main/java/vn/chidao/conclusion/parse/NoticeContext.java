package vn.chidao.conclusion.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import vn.chidao.conclusion.CommitteeDto;
import vn.chidao.organisation.UnitDto;
import vn.chidao.security.UserDto;

/**
 * What the parser matches a notice against: the government's units (ended ones too) and place name, its
 * committees and leaders, today, and the working-day calendar (a day plus N working days).
 */
record NoticeContext(List<UnitDto> units, String place, List<CommitteeDto> committees, List<UserDto> leaders,
                     LocalDate today, BiFunction<LocalDate, Integer, LocalDate> plusWorkingDays) {
}
