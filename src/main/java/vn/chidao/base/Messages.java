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

    /** Why a service refused, in {@code locale}; statuses read as the screens name them ("Đang thực hiện"). */
    public String describe(Locale locale, DomainException error) {
        return get(locale, error.messageKey(), readable(locale, error.arguments()));
    }

    private Object[] readable(Locale locale, Object[] arguments) {
        Object[] readable = arguments.clone();
        for (int i = 0; i < readable.length; i++) {
            if (readable[i] instanceof Enum<?> value) {
                String key = "status." + value.name();
                String text = get(locale, key);
                readable[i] = key.equals(text) ? value.name() : text;
            }
        }
        return readable;
    }
}
