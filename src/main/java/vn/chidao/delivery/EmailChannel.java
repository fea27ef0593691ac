package vn.chidao.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.lang3.StringUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.base.Messages;
import vn.chidao.security.UserContact;

/**
 * One email per delivery, to the person's address, in their language: plain text and HTML from the templates,
 * the subject naming the kind, the directive and its deadline, a link straight to the task. Off when no mail
 * server is set ({@code CHIDAO_SMTP_HOST}).
 */
@Component
class EmailChannel {

    static final String NOTIFICATION = "X-Chidao-Notification";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final SmtpProperties smtp;
    private final JavaMailSenderImpl mailer;
    private final MailTemplates templates;
    private final Messages messages;
    private final PublicUrl publicUrl;
    private final DigestMail digests;

    EmailChannel(SmtpProperties smtp, DeliveryProperties properties, MailTemplates templates, Messages messages,
                 PublicUrl publicUrl, DigestMail digests) {
        this.smtp = smtp;
        this.templates = templates;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.digests = digests;
        this.mailer = smtp.configured() ? mailer(smtp, properties) : null;
    }

    boolean enabled() {
        return mailer != null;
    }

    /** Where mail goes ({@code host:port}), or null when the channel is off. */
    String server() {
        return enabled() ? smtp.host() + ":" + smtp.port() : null;
    }

    void send(Channels.Notice notice) {
        Locale locale = notice.recipient().locale();
        AssignmentRow a = notice.assignment();
        String kind = messages.get(locale, "notificationKind." + notice.notification().kind().name());
        Map<String, Object> model = new HashMap<>();
        model.put("name", notice.recipient().displayName());
        model.put("kind", kind);
        model.put("text", notice.notification().text());
        model.put("at", MINUTE.format(notice.notification().at()));
        model.put("link", publicUrl.to(notice.notification().assignmentId()));
        model.put("assignment", a != null);
        String subject;
        if (a != null) {
            String deadline = a.deadline() == null ? messages.get(locale, "mail.ongoing") : DAY.format(a.deadline());
            model.put("content", a.content());
            model.put("conclusion", a.conclusionNumber());
            model.put("unit", a.unitName());
            model.put("deadline", deadline);
            subject = messages.get(locale, "mail.subject", kind, StringUtils.abbreviate(a.content(), 90), deadline);
        } else {
            subject = messages.get(locale, "mail.subject.plain", kind,
                    StringUtils.abbreviate(notice.notification().text(), 90));
        }
        deliver(notice.deliveryId(), notice.notification().id(), notice.recipient(), subject,
                templates.render("notification.txt", locale, model), templates.render("notification.html", locale, model));
    }

    void sendDigest(Delivery delivery, UserContact recipient) {
        DigestMail.Rendered mail = digests.render(delivery.getPayload(), recipient);
        deliver(delivery.getId(), null, recipient, mail.subject(), mail.text(), mail.html());
    }

    /** Sends one message; its headers name the delivery (the same on a repeat) and the notification it carries. */
    private void deliver(long deliveryId, Long notificationId, UserContact to, String subject, String text, String html) {
        if (mailer == null) {
            throw new DeliveryFailure("no mail server is set (CHIDAO_SMTP_HOST)", true, null);
        }
        if (to.email() == null) {
            throw new DeliveryFailure(to.username() + " has no email address", false, null);
        }
        try {
            MimeMessage message = mailer.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setValidateAddresses(true);
            helper.setFrom(smtp.from());
            helper.setTo(to.email());
            helper.setSubject(subject);
            helper.setText(text, html);
            message.setHeader(WebhookChannel.DELIVERY, Long.toString(deliveryId));
            if (notificationId != null) {
                message.setHeader(NOTIFICATION, Long.toString(notificationId));
            }
            mailer.send(message);
        } catch (MailException | MessagingException e) {
            throw new DeliveryFailure("email: " + e.getMessage(), DeliveryFailure.unreachable(e), e);
        }
    }

    private static JavaMailSenderImpl mailer(SmtpProperties smtp, DeliveryProperties properties) {
        JavaMailSenderImpl mailer = new JavaMailSenderImpl();
        mailer.setHost(smtp.host());
        mailer.setPort(smtp.port());
        mailer.setDefaultEncoding("UTF-8");
        Properties props = mailer.getJavaMailProperties();
        if (StringUtils.isNotBlank(smtp.user())) {
            mailer.setUsername(smtp.user());
            mailer.setPassword(smtp.password());
            props.put("mail.smtp.auth", "true");
        }
        props.put("mail.smtp.starttls.enable", Boolean.toString(smtp.starttls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(smtp.starttls()));
        String timeout = Long.toString(properties.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        return mailer;
    }
}
