package vn.chidao.base;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys in the caller's language (Vietnamese unless the caller asks for English). */
@Component
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... arguments) {
        return get(LocaleContextHolder.getLocale(), key, arguments);
    }

    public String get(Locale locale, String key, Object... arguments) {
        try {
            return source.getMessage(key, arguments, locale);
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    public String describe(Locale locale, DomainException error) {
        return get(locale, error.messageKey(), error.arguments());
    }
}
