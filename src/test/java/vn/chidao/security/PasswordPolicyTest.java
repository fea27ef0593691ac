package vn.chidao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.chidao.base.InvalidInputException;

/**
 * The strict policy of production (at least 10 characters, no username forwards or backwards, no common password,
 * not even with digits and symbols added) and the demo's (at least 4, so {@code demo} stays); both stop at bcrypt's
 * 72 bytes.
 */
@Tag("unit")
class PasswordPolicyTest {

    private final PasswordPolicy strict = new PasswordPolicy(PasswordPolicy.Mode.STRICT, true);
    private final PasswordPolicy demo = new PasswordPolicy(PasswordPolicy.Mode.DEMO, false);

    @Test
    void theStrictPolicyAsksForTenCharacters() {
        assertThat(strict.brokenRule("nguyen.lan", "Hà-Nội-26")).isEqualTo("error.password.tooShort");
        assertThat(strict.brokenRule("nguyen.lan", "Hà-Nội-260")).isNull();
    }

    @Test
    void theStrictPolicyRefusesTheUsernameInAnyCaseAndBackwards() {
        assertThat(strict.brokenRule("nguyen.lan", "NGUYEN.LAN")).isEqualTo("error.password.username");
        assertThat(strict.brokenRule("nguyen.lan", "Nguyen.Lan-2026")).isEqualTo("error.password.username");
        assertThat(strict.brokenRule("nguyen.lan", "2026-nal.neyugn")).isEqualTo("error.password.username");
    }

    @Test
    void theStrictPolicyRefusesCommonPasswordsAlsoWithDigitsAndSymbolsAdded() {
        assertThat(strict.brokenRule("lan", "1234567890")).isEqualTo("error.password.common");
        assertThat(strict.brokenRule("lan", "QwertyUiop")).isEqualTo("error.password.common");
        assertThat(strict.brokenRule("lan", "Password2024!")).isEqualTo("error.password.common");
        assertThat(strict.brokenRule("lan", "iloveyou 123")).isEqualTo("error.password.common");
        assertThat(strict.brokenRule("lan", "matkhau@123")).isEqualTo("error.password.common");
        assertThat(strict.brokenRule("lan", "sông Hồng chảy mãi")).isNull();
        assertThat(strict.brokenRule("lan", "9821-0475-3316")).isNull();
    }

    @Test
    void theDemoPolicyKeepsTheDemoPasswords() {
        assertThat(demo.brokenRule("dng.vanphong", "demo")).isNull();
        assertThat(demo.brokenRule("dng.vanphong", "dng.vanphong")).isNull();
        assertThat(demo.brokenRule("dng.vanphong", "abc")).isEqualTo("error.password.tooShort");
        assertThat(strict.brokenRule("dng.vanphong", "demo")).isEqualTo("error.password.tooShort");
    }

    @Test
    void bothStopAtTheSeventyTwoBytesBcryptReads() {
        for (PasswordPolicy policy : new PasswordPolicy[] {strict, demo}) {
            assertThat(policy.brokenRule("lan", "k".repeat(72))).isNull();
            assertThat(policy.brokenRule("lan", "k".repeat(73))).isEqualTo("error.password.tooLong");
            // 37 letters, 74 bytes in UTF-8.
            assertThat(policy.brokenRule("lan", "đ".repeat(37))).isEqualTo("error.password.tooLong");
        }
    }

    @Test
    void aBrokenRuleIsA400OnTheFieldNamed() {
        assertThatThrownBy(() -> strict.check("newPassword", "lan", "ngắn"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("newPassword");
                        assertThat(error.messageKey()).isEqualTo("error.password.tooShort");
                        assertThat(error.arguments()).startsWith(10);
                    });
                });
        strict.check("newPassword", "lan", "sông Hồng chảy mãi");
    }

    @Test
    void theCommonPasswordsAreOpenwallsListOfThousands() {
        assertThat(PasswordPolicy.commonPasswords()).hasSizeGreaterThan(3000)
                .contains("123456", "password", "qwertyuiop", "matkhau")
                .noneMatch(word -> word.startsWith("#"));
        assertThat(strict.hintKey()).isEqualTo("password.hint.STRICT");
        assertThat(strict.forcesChange()).isTrue();
        assertThat(demo.forcesChange()).isFalse();
    }
}
