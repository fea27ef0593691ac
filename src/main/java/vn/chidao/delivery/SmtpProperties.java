package vn.chidao.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mail server ({@code chidao.smtp.*}, from {@code CHIDAO_SMTP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _FROM}, {@code _STARTTLS}). No host: the email channel is off.
 */
@ConfigurationProperties("chidao.smtp")
public record SmtpProperties(String host,
                             @DefaultValue("25") int port,
                             String user,
                             String password,
                             @DefaultValue("Chidao <chidao@localhost>") String from,
                             @DefaultValue("false") boolean starttls) {

    boolean configured() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "SmtpProperties[host=" + host + ", port=" + port + ", user=" + user + ", from=" + from + "]";
    }
}
