package vn.chidao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chidao.support.Rules.invalidFields;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.Role;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/** Who creates governments and units, and which codes are taken (409) or malformed (400). */
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
                .isInstanceOf(ForbiddenException.class);
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
}
