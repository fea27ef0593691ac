package vn.chidao.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chidao.base.Messages;

/** The UI's texts come from the same bundles as the API's messages: Vietnamese first, then English. */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    static final List<Locale> LOCALES = List.of(Messages.VIETNAMESE, Locale.ENGLISH);

    private final MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, key, locale);
    }
}
