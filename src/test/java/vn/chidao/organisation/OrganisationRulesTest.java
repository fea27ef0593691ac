package vn.chidao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chidao.support.Rules.invalidFields;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/** Who creates and changes governments and units, which codes are taken (409), what is malformed or a cycle (400). */
@ChidaoTest
class OrganisationRulesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganisationService organisation;

    @Test
    void aGovernmentCodeIsTakenWhateverItsCase() {
        World world = fixtures.newWorld();
        String code = world.government().code();

        assertThatThrownBy(() -> organisation.createGovernment(fixtures.admin(),
                new NewGovernment(code.toLowerCase(), "Trùng mã"))).isInstanceOf(ConflictException.class);
        assertThat(organisation.findGovernment(code).orElseThrow().name()).isEqualTo(world.government().name());
    }

    @Test
    void aUnitCodeIsTakenWithinItsGovernmentButFreeInAnother() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();

        assertThatThrownBy(() -> organisation.createUnit(fixtures.admin(), new NewUnit(world.government().code(),
                "so_a", "Trùng mã", UnitKind.DEPARTMENT, null))).isInstanceOf(ConflictException.class);
        UnitDto created = organisation.createUnit(fixtures.admin(),
                new NewUnit(other.government().code(), "SO_C", "Sở C", UnitKind.DEPARTMENT, null));

        assertThat(created.code()).isEqualTo("SO_C");
        assertThat(organisation.unitsOf(world.government().id())).extracting(UnitDto::code)
                .containsExactlyInAnyOrder(World.SO_A, World.SO_B, World.HUYEN_A);
    }

    @Test
    void onlyTheInstallationAdministratorCreatesGovernments() {
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);

        assertThatThrownBy(() -> organisation.createGovernment(governmentAdmin, new NewGovernment("XQT", "Không được")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> organisation.createGovernment(world.secretariat(), new NewGovernment("XVP", "Không")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(organisation.findGovernment("XQT")).isEmpty();
    }

    @Test
    void anAdministratorOfAGovernmentCreatesUnitsOnlyInIt() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);

        UnitDto own = organisation.createUnit(governmentAdmin,
                new NewUnit(world.government().code(), "XA_B", "Xã B", UnitKind.COMMUNE, World.HUYEN_A));
        assertThatThrownBy(() -> organisation.createUnit(governmentAdmin,
                new NewUnit(other.government().code(), "XA_B", "Xã B", UnitKind.COMMUNE, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> organisation.createUnit(world.secretariat(),
                new NewUnit(world.government().code(), "XA_C", "Xã C", UnitKind.COMMUNE, null)))
                .isInstanceOf(ForbiddenException.class);

        assertThat(own.parentCode()).isEqualTo(World.HUYEN_A);
        assertThat(organisation.findUnit(other.government().id(), "XA_B")).isEmpty();
    }

    @Test
    void unknownGovernmentsAndParentsAndMalformedCodesAreInvalid() {
        World world = fixtures.newWorld();
        String code = world.government().code();

        assertThat(invalidFields(() -> organisation.createUnit(fixtures.admin(),
                new NewUnit("KHONG_CO_" + code, "SO_D", "Sở D", UnitKind.DEPARTMENT, null))))
                .containsExactly("governmentCode");
        assertThat(invalidFields(() -> organisation.createUnit(fixtures.admin(),
                new NewUnit(code, "SO_D", "Sở D", UnitKind.DEPARTMENT, "KHONG_CO"))))
                .containsExactly("parentCode");
        assertThat(invalidFields(() -> organisation.createUnit(fixtures.admin(),
                new NewUnit(code, "Sở Đ", "", null, null))))
                .containsExactlyInAnyOrder("code", "kind", "name");
        assertThat(invalidFields(() -> organisation.createGovernment(fixtures.admin(),
                new NewGovernment("mã có dấu", " ")))).containsExactlyInAnyOrder("code", "name");
        assertThat(organisation.findUnit(world.government().id(), "SO_D")).isEmpty();
    }

    @Test
    void aGovernmentsAdministratorRenamesAUnitAndMovesItUnderAnotherParentOrToTheTop() {
        World world = fixtures.newWorld();
        String code = world.government().code();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
        organisation.createUnit(governmentAdmin, new NewUnit(code, "HUYEN_B", "Huyện B", UnitKind.DISTRICT, null));
        organisation.createUnit(governmentAdmin, new NewUnit(code, "XA_A", "Xã A", UnitKind.COMMUNE, World.HUYEN_A));

        UnitDto moved = organisation.updateUnit(governmentAdmin, null, "xa_a",
                new UnitChange(null, "Phường A", null, "HUYEN_B"));
        assertThat(moved).extracting(UnitDto::code, UnitDto::name, UnitDto::kind, UnitDto::parentCode)
                .containsExactly("XA_A", "Phường A", UnitKind.COMMUNE, "HUYEN_B");

        UnitDto renamed = organisation.updateUnit(governmentAdmin, code, "XA_A",
                new UnitChange("phuong_a", "Phường A", UnitKind.OTHER, " "));
        assertThat(renamed).extracting(UnitDto::code, UnitDto::kind, UnitDto::parentCode)
                .containsExactly("PHUONG_A", UnitKind.OTHER, null);
        assertThat(organisation.findUnit(world.government().id(), "XA_A")).isEmpty();
        assertThat(organisation.findUnit(world.government().id(), "PHUONG_A").orElseThrow().id())
                .isEqualTo(moved.id());
    }

    @Test
    void aUnitMovesNeitherUnderItselfNorUnderAUnitBelowIt() {
        World world = fixtures.newWorld();
        String code = world.government().code();
        organisation.createUnit(fixtures.admin(), new NewUnit(code, "XA_A", "Xã A", UnitKind.COMMUNE, World.HUYEN_A));
        organisation.createUnit(fixtures.admin(), new NewUnit(code, "THON_A", "Thôn A", UnitKind.OTHER, "XA_A"));

        assertThat(invalidFields(() -> organisation.updateUnit(fixtures.admin(), code, World.HUYEN_A,
                new UnitChange(null, "Huyện A", null, World.HUYEN_A)))).containsExactly("parentCode");
        assertThat(invalidFields(() -> organisation.updateUnit(fixtures.admin(), code, World.HUYEN_A,
                new UnitChange(null, "Huyện A", null, "thon_a")))).containsExactly("parentCode");

        assertThat(organisation.findUnit(world.government().id(), World.HUYEN_A).orElseThrow().parentCode()).isNull();
        assertThat(organisation.updateUnit(fixtures.admin(), code, "THON_A",
                new UnitChange(null, "Thôn A", null, World.HUYEN_A)).parentCode()).isEqualTo(World.HUYEN_A);
    }

    @Test
    void anotherUnitsCodeIsTakenAndMalformedChangesAreInvalid() {
        World world = fixtures.newWorld();
        String code = world.government().code();

        assertThatThrownBy(() -> organisation.updateUnit(fixtures.admin(), code, World.SO_B,
                new UnitChange("so_a", "Sở B", null, null))).isInstanceOf(ConflictException.class);
        assertThat(invalidFields(() -> organisation.updateUnit(fixtures.admin(), code, World.SO_B,
                new UnitChange(null, " ", null, null)))).containsExactly("name");
        assertThat(invalidFields(() -> organisation.updateUnit(fixtures.admin(), code, World.SO_B,
                new UnitChange("Sở Đ", "Sở B", null, null)))).containsExactly("code");
        assertThat(invalidFields(() -> organisation.updateUnit(fixtures.admin(), code, World.SO_B,
                new UnitChange(null, "Sở B", null, "KHONG_CO")))).containsExactly("parentCode");
        assertThat(invalidFields(() -> organisation.updateUnit(fixtures.admin(), null, World.SO_B,
                new UnitChange(null, "Sở B", null, null)))).containsExactly("government");

        UnitDto same = organisation.updateUnit(fixtures.admin(), code, World.SO_B,
                new UnitChange("so_b", "Sở B mới", null, null));
        assertThat(same.code()).isEqualTo(World.SO_B);
        assertThat(organisation.findUnit(world.government().id(), World.SO_A).orElseThrow().name()).isEqualTo("Sở A");
    }

    @Test
    void onlyAnAdministratorOfTheUnitsGovernmentChangesIt() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        String code = world.government().code();
        Actor otherAdmin = fixtures.user(other, "qt", Role.ADMIN, null);
        UnitChange change = new UnitChange(null, "Sở A đổi tên", null, null);

        assertThatThrownBy(() -> organisation.updateUnit(otherAdmin, code, World.SO_A, change))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organisation.updateUnit(world.secretariat(), null, World.SO_A, change))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> organisation.updateUnit(fixtures.admin(), code, "KHONG_CO", change))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organisation.updateUnit(fixtures.admin(), "KHONG_CO", World.SO_A, change))
                .isInstanceOf(NotFoundException.class);

        assertThat(organisation.findUnit(world.government().id(), World.SO_A).orElseThrow().name()).isEqualTo("Sở A");
    }
}
