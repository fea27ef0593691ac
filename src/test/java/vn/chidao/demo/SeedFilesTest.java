package vn.chidao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.chidao.base.Role;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;

/** The seed files as files: they parse, refer only to what they declare, and replay on paper. */
@Tag("unit")
class SeedFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 23);

    private final List<SeedFile> seeds = new SeedReader("classpath:seeds/").read();

    @Test
    void everyGovernmentOfTheFiveArticlesHasItsFile() {
        assertThat(seeds).extracting(s -> s.government().code()).containsExactly("QNI", "BKN", "HPG", "HNI", "HUE", "TNG", "HDG");
        assertThat(seeds).extracting(SeedFile::file).allMatch(name -> name.startsWith("seeds/") && name.endsWith(".yml"));
    }

    @Test
    void everySeedFilePassesTheChecksTheLoaderRuns() {
        for (SeedFile seed : seeds) {
            assertThat(SeedCheck.problems(seed, TODAY)).as(seed.file()).isEmpty();
        }
        assertThat(ChangeCheck.governmentMerges(seeds)).isEmpty();
    }

    @Test
    void everyReferenceIsToTheFilesOwnUnitsAndUsers() {
        for (SeedFile seed : seeds) {
            Set<String> units = seed.units().stream().map(SeedFile.Unit::code).collect(Collectors.toSet());
            Set<String> focalPointUnits = seed.users().stream().filter(u -> u.roles().contains(Role.FOCAL_POINT))
                    .map(SeedFile.User::unit).collect(Collectors.toCollection(HashSet::new));
            seed.changes().stream().filter(c -> c.ended().stream().anyMatch(focalPointUnits::contains))
                    .forEach(c -> focalPointUnits.add(c.takers().get(0)));   // the users move to the first successor
            String prefix = seed.government().code().toLowerCase() + ".";
            assertThat(seed.users()).as(seed.file()).allSatisfy(user -> {
                assertThat(user.username()).startsWith(prefix);
                if (user.unit() != null) {
                    assertThat(units).contains(user.unit());
                }
            });
            assertThat(seed.groups().values()).as(seed.file()).allSatisfy(group -> assertThat(units).containsAll(group));
            assertThat(seed.changes()).as(seed.file()).allSatisfy(change -> {
                assertThat(units).containsAll(change.ended()).containsAll(change.takers());
                if (change.action() != SeedFile.ChangeAction.MERGE_GOVERNMENT) {   // the service writes that reason
                    assertThat(change.reason()).isNotBlank();
                }
            });
            for (SeedFile.Conclusion conclusion : seed.conclusions()) {
                for (SeedFile.Directive directive : conclusion.directives()) {
                    assertThat(seed.assignees(directive)).as(seed.file() + ": " + directive.content())
                            .isSubsetOf(units).isSubsetOf(focalPointUnits);
                    directive.steps().forEach(step ->
                            assertThat(seed.assignees(directive)).containsAll(seed.unitsOf(directive, step)));
                }
            }
        }
    }

    @Test
    void everyDirectiveHasExactlyOneLeadThatDoesNotAlsoCoordinate() {
        for (SeedFile seed : seeds) {
            Set<String> units = seed.units().stream().map(SeedFile.Unit::code).collect(Collectors.toSet());
            seed.conclusions().stream().flatMap(c -> c.directives().stream()).forEach(directive -> {
                assertThat(units).as(seed.file()).contains(directive.lead());
                assertThat(seed.coordinatingUnits(directive)).doesNotContain(directive.lead());
                assertThat(seed.assignees(directive)).doesNotHaveDuplicates();
            });
        }
    }

    @Test
    void everyDemoUnitHasItsOwnShortNameForTheHeatmap() {
        for (SeedFile seed : seeds) {
            assertThat(seed.units()).as(seed.file()).allSatisfy(unit -> assertThat(unit.shortName())
                    .as(unit.code()).isNotBlank().hasSizeLessThanOrEqualTo(UnitDto.SHORT_NAME_MAX));
            assertThat(seed.units()).extracting(SeedFile.Unit::shortName).as(seed.file()).doesNotHaveDuplicates();
        }
        assertThat(seeds.get(0).units()).extracting(SeedFile.Unit::shortName)
                .contains("Sở TT&TT", "Sở Y tế", "TP Hạ Long");
    }

    @Test
    void everyDemoGovernmentHasItsOfficeAndLeader() {
        for (SeedFile seed : seeds) {
            String gov = seed.government().code().toLowerCase();
            Set<String> names = seed.users().stream().map(SeedFile.User::username).collect(Collectors.toSet());
            assertThat(names).as(seed.file()).contains(gov + ".vanphong", gov + ".lanhdao");
        }
    }

    @Test
    void theStatesADemoNeedsAreAllThere() {
        Set<SeedFile.State> states = new HashSet<>();
        seeds.forEach(seed -> seed.conclusions().forEach(c -> states.add(c.state())));
        assertThat(states).containsExactlyInAnyOrder(SeedFile.State.values());
    }

    @Test
    void theSeedsUseEveryActionAndTheLifecycleFields() {
        List<SeedFile.Directive> directives = seeds.stream().flatMap(s -> s.conclusions().stream())
                .flatMap(c -> c.directives().stream()).toList();
        assertThat(directives.stream().flatMap(d -> d.steps().stream()).map(SeedFile.Step::action))
                .containsAll(EnumSet.allOf(SeedFile.Action.class));
        assertThat(directives).anyMatch(SeedFile.Directive::leaderSignOff)
                .anyMatch(d -> d.deadlineWorkingDays() != null)
                .anyMatch(d -> d.reminderDays() != null)
                .anyMatch(d -> d.reportEvery() != null);
        assertThat(seeds.stream().flatMap(s -> s.conclusions().stream()))
                .anyMatch(c -> c.committeeChair() != null);
    }

    @Test
    void everyGovernmentHasTheUnitsOfTodayAfterThe2025Reorganisation() {
        for (SeedFile seed : seeds) {
            Set<String> ended = seed.changes().stream().flatMap(c -> c.ended().stream()).collect(Collectors.toSet());
            boolean hadSttt = seed.units().stream().anyMatch(u -> u.code().equals("STTTT"));   // Thái Nguyên: not shown
            assertThat(hadSttt || seed.government().code().equals("TNG")).as(seed.file()).isTrue();
            assertThat(ended).as(seed.file()).containsAll(hadSttt ? List.of("STTTT") : List.of())
                    .containsAll(seed.units().stream().filter(u -> u.kind() == UnitKind.DISTRICT)
                            .map(SeedFile.Unit::code).toList());
            assertThat(seed.units()).as(seed.file()).filteredOn(u -> u.kind() == UnitKind.COMMUNE).isNotEmpty()
                    .allSatisfy(u -> assertThat(u.validFrom()).hasToString("2025-07-01"));
            assertThat(seed.changes()).as(seed.file()).allSatisfy(c -> assertThat(c.date().toString())
                    .isIn("2025-03-01", "2025-07-01"));
        }
    }

    @Test
    void aMalformedChangeIsRefusedWithItsEntry() {
        SeedFile bacKan = seeds.get(1);
        SeedDate july = SeedDate.parse("2025-07-01");
        SeedFile bad = bacKan.withChanges(List.of(
                new SeedFile.Change(SeedDate.parse("2022-09-01"), SeedFile.ChangeAction.MERGE, null, null, null,
                        "SKHCN", List.of("STTTT"), "early"),
                new SeedFile.Change(july, SeedFile.ChangeAction.END, "BABE", List.of("NOWHERE"), null, null, null, "x"),
                new SeedFile.Change(SeedDate.parse("2025-06-30"), SeedFile.ChangeAction.END, "NARI", List.of("XNARI"),
                        null, null, null, "x"),
                new SeedFile.Change(july, SeedFile.ChangeAction.MERGE, null, null, null, "SKHCN", null, "x"),
                new SeedFile.Change(july, SeedFile.ChangeAction.END, "CHODON", List.of("XCHODON"),
                        Map.of("conclusions[0].directives[9]", "XCHODON", "conclusions[0].directives[0]", "XBABE"),
                        null, null, "x"),
                new SeedFile.Change(SeedDate.parse("today+1"), SeedFile.ChangeAction.END, "TPBACKAN",
                        List.of("PDUCXUAN"), null, null, null, "x")));

        List<String> problems = SeedCheck.problems(bad, TODAY);
        assertThat(problems).contains(
                "changes[1]: successor NOWHERE is not a declared unit",
                "changes[2]: successor XNARI does not exist on 2025-06-30: it begins on 2025-07-01",
                "changes[3]: MERGE takes into and from, not unit, successors or assignments",
                "changes[4].assignments: 'conclusions[0].directives[9]' is not a directive of the file"
                        + " (write conclusions[i].directives[j])",
                "changes[4].assignments: conclusions[0].directives[0]: XBABE is not one of the successors",
                "changes[5]: date today+1 is after the day of loading");
        assertThat(problems).anyMatch(p -> p.matches("conclusions\\[0]\\.directives\\[\\d+]\\.steps\\[\\d+]: \\w+ on"
                + " 2022-\\d\\d-\\d\\d acts on STTTT, which ended on 2022-09-01 \\(changes\\[0]\\): its work has moved to"
                + " its successors; date the step earlier or the change later"));
    }

    @Test
    void aMalformedGovernmentMergeIsRefusedWithItsEntry() {
        SeedFile haiDuong = seeds.get(6);
        SeedDate july = SeedDate.parse("2025-07-01");
        List<SeedFile.Change> changes = new java.util.ArrayList<>(haiDuong.changes());
        changes.add(new SeedFile.Change(july, SeedFile.ChangeAction.MERGE_GOVERNMENT, null, null, null, "QNI",
                List.of("HPG"), null, null));
        changes.add(new SeedFile.Change(july, SeedFile.ChangeAction.MERGE_GOVERNMENT, null, null, null, "HPG",
                List.of("HDG"), null, Map.of("NOWHERE", "SKHCN", "PHAIDUONG", "STC")));
        changes.add(new SeedFile.Change(july, SeedFile.ChangeAction.MERGE_GOVERNMENT, null, null, null, null,
                List.of("HDG"), null, null));
        changes.add(new SeedFile.Change(SeedDate.parse("today+1"), SeedFile.ChangeAction.END, "PHAIDUONG",
                List.of("PTHANHDONG"), null, null, null, "x"));
        SeedFile bad = haiDuong.withChanges(changes);

        assertThat(SeedCheck.problems(bad, TODAY)).contains(
                "changes[4]: one of from (HPG) and into (QNI) must be the file's government HDG",
                "changes[5]: comes after the government merged into another (changes[3]): the file's government has"
                        + " no units left to change",
                "changes[5].unitMap: NOWHERE is not a declared unit of HDG",
                "changes[6]: MERGE_GOVERNMENT takes from and into (one government code each) and an optional unitMap,"
                        + " not unit, successors or assignments",
                "changes[7]: date today+1 is after the day of loading");
        SeedFile unknownUnit = haiDuong.withChanges(List.of(new SeedFile.Change(july,
                SeedFile.ChangeAction.MERGE_GOVERNMENT, null, null, null, "HPG", List.of("HDG"), null,
                Map.of("STC", "NOWHERE"))));
        assertThat(ChangeCheck.governmentMerges(List.of(seeds.get(2), unknownUnit))).containsExactly(
                "seeds/06-hai-duong.yml: changes[0].unitMap: NOWHERE is not a unit of HPG (seeds/02-hai-phong.yml)");
        assertThat(ChangeCheck.governmentMerges(List.of(unknownUnit, seeds.get(2)))).containsExactly(
                "seeds/06-hai-duong.yml: changes[0]: into HPG is not the government of an earlier file (files load in"
                        + " name order)");
    }

    @Test
    void aDraftCannotNameAUnitThatEnds() {
        SeedFile quangNinh = seeds.get(0);
        SeedFile.Conclusion draft = quangNinh.conclusions().get(1);
        SeedFile.Directive first = draft.directives().get(0);
        SeedFile.Directive old = new SeedFile.Directive(first.content(), "STTTT", List.of("HALONG"), first.deadline(),
                null, false, null, null, false, List.of());
        SeedFile bad = quangNinh.withConclusions(List.of(quangNinh.conclusions().get(0),
                draft.withDirectives(List.of(old))));

        assertThat(SeedCheck.problems(bad, TODAY)).containsExactly(
                "conclusions[1].directives[0]: names STTTT, which ends on 2025-03-01 (changes[0]): a conclusion left"
                        + " DRAFT would name an ended unit; name its successor",
                "conclusions[1].directives[0]: names HALONG, which ends on 2025-07-01 (changes[2]): a conclusion left"
                        + " DRAFT would name an ended unit; name its successor");
    }

    @Test
    void datesAreAbsoluteOrRelativeToTheDayOfLoading() {
        assertThat(SeedDate.parse("2022-06-15").resolve(TODAY)).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(SeedDate.parse("today").resolve(TODAY)).isEqualTo(TODAY);
        assertThat(SeedDate.parse("today-12").resolve(TODAY)).isEqualTo(TODAY.minusDays(12));
        assertThat(SeedDate.parse("today + 20").resolve(TODAY)).isEqualTo(TODAY.plusDays(20));
        assertThatThrownBy(() -> SeedDate.parse("15/6/2022")).hasMessageContaining("not a date");
    }

    @Test
    void theCheckNamesTheEntryAtFault() {
        SeedFile seed = seeds.get(1);
        SeedFile.Conclusion issued = seed.conclusions().get(0);
        SeedFile.Directive first = issued.directives().get(0);
        SeedFile.Directive broken = SeedFile.Directive.of(first.content(), "DIA_PHUONG", List.of("NOWHERE"),
                first.deadline(), false,
                List.of(SeedFile.Step.of("2022-06-22", SeedFile.Action.REPORT, List.of("STTTT"), null, "x")));
        SeedFile bad = seed.withConclusions(List.of(issued.withDirectives(List.of(broken))));

        assertThat(SeedCheck.problems(bad, TODAY)).containsExactlyInAnyOrder(
                "conclusions[0].directives[0]: lead 'DIA_PHUONG' must be exactly one declared unit",
                "conclusions[0].directives[0]: coordinating 'NOWHERE' is neither a declared unit nor a group",
                "conclusions[0].directives[0].steps[0]: STTTT is not assigned in this directive");
    }

    @Test
    void aStepThatCannotHappenYetIsAProblem() {
        SeedFile seed = seeds.get(1);
        SeedFile.Conclusion issued = seed.conclusions().get(0);
        SeedFile.Directive early = issued.directives().get(4).withSteps(
                List.of(SeedFile.Step.of("2022-06-22", SeedFile.Action.REPORT, List.of("STTTT"), null, "x")));
        SeedFile bad = seed.withConclusions(List.of(issued.withDirectives(List.of(early))));

        assertThat(SeedCheck.problems(bad, TODAY))
                .containsExactly("conclusions[0].directives[0].steps[0]: REPORT is not possible for STTTT while ASSIGNED");
    }
}
