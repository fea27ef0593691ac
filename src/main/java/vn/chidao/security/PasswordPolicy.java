package vn.chidao.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chidao.base.InvalidInputException;

/**
 * The rules every new password meets, whoever sets it (an administrator creating a user or resetting a password,
 * a person changing their own), and whether a password someone else set must be changed at the next sign-in.
 * {@code chidao.security.password-policy}: {@link Mode#STRICT} (the {@code postgres} profile) asks for at least 10
 * characters, no username in it (forwards or backwards, whatever the case) and no common password (the bundled
 * list {@value #COMMON_PASSWORDS}, also with trailing digits and symbols cut off: "password2024!"); {@link Mode#DEMO}
 * (the demo) asks for at least 4, so the demo's {@code demo} passwords stay. Both: at most 72 bytes in UTF-8, all
 * that bcrypt reads.
 */
@Component
public class PasswordPolicy {

    /** How strict the rules are. */
    public enum Mode {
        STRICT(10),
        DEMO(4);

        final int shortest;

        Mode(int shortest) {
            this.shortest = shortest;
        }
    }

    static final String COMMON_PASSWORDS = "security/common-passwords.txt";
    /** bcrypt reads no further (Spring's encoder refuses longer). */
    static final int LONGEST_BYTES = 72;
    private static final Pattern TRAILING_DIGITS_AND_SYMBOLS = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]+$");
    private static final WordListDictionary COMMON = new WordListDictionary(new ArrayWordList(commonPasswords(),
            false, new ArraysSort()));

    private final Mode mode;
    private final boolean forceChange;
    private final PasswordValidator validator;

    /**
     * @param forceChange {@code chidao.security.force-password-change}: a password an administrator set (or the
     *                    first administrator's, from {@code CHIDAO_ADMIN_PASSWORD}) is to be changed by its owner at
     *                    their next sign-in to the screens
     */
    PasswordPolicy(@Value("${chidao.security.password-policy:strict}") Mode mode,
                   @Value("${chidao.security.force-password-change:true}") boolean forceChange) {
        this.mode = mode;
        this.forceChange = forceChange;
        this.validator = mode == Mode.STRICT
                ? new PasswordValidator(new LengthRule(mode.shortest, Integer.MAX_VALUE), new UsernameRule(true, true),
                        new DictionaryRule(COMMON))
                : new PasswordValidator(new LengthRule(mode.shortest, Integer.MAX_VALUE));
    }

    public Mode mode() {
        return mode;
    }

    /** Whether a password set by someone else than its owner must be changed at the owner's next sign-in. */
    public boolean forcesChange() {
        return forceChange;
    }

    /** The message key of a short statement of the rules, for the password fields' helper texts. */
    public String hintKey() {
        return "password.hint." + mode.name();
    }

    /**
     * Refuses a new password for {@code username} that breaks a rule: 400 on {@code field} naming the first rule
     * broken ({@code error.password.tooShort}, {@code .tooLong}, {@code .username}, {@code .common}).
     */
    public void check(String field, String username, String password) {
        String reason = brokenRule(username, password == null ? "" : password);
        if (reason != null) {
            throw InvalidInputException.of(field, reason, mode.shortest, LONGEST_BYTES);
        }
    }

    /** The message key of the first rule {@code password} breaks, or null. */
    String brokenRule(String username, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
            return "error.password.tooLong";
        }
        RuleResult result = validator.validate(new PasswordData(username == null ? "" : username, password));
        if (!result.isValid()) {
            List<String> codes = result.getDetails().stream().map(RuleResultDetail::getErrorCode).toList();
            if (codes.contains(LengthRule.ERROR_CODE_MIN)) {
                return "error.password.tooShort";
            }
            if (codes.contains(UsernameRule.ERROR_CODE) || codes.contains(UsernameRule.ERROR_CODE_REVERSED)) {
                return "error.password.username";
            }
            return "error.password.common";
        }
        if (mode == Mode.STRICT && isCommonStem(password)) {
            return "error.password.common";
        }
        return null;
    }

    /** "Password2024!" is "password" with digits and symbols added: as easy to guess. */
    private static boolean isCommonStem(String password) {
        String stem = TRAILING_DIGITS_AND_SYMBOLS.matcher(password).replaceAll("");
        return !stem.isEmpty() && !stem.equals(password) && COMMON.search(stem.toLowerCase(Locale.ROOT));
    }

    static String[] commonPasswords() {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
        if (in == null) {
            throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
