package vn.chidao.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.base.time.Dates;

/** A message GreenMail received, decoded: its one recipient, subject, and plain-text and HTML bodies. */
record Mail(String to, String subject, String text, String html) {

    private static final Pattern DAY = Pattern.compile("(\\d{2}/\\d{2}/\\d{4})");

    static Mail of(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    part(message, "text/plain"), part(message, "text/html"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isDigest() {
        return subject.startsWith("[Chidao] Tổng hợp ngày") || subject.startsWith("[Chidao] Digest of");
    }

    /** The day a digest is of, from its subject. */
    LocalDate day() {
        Matcher m = DAY.matcher(subject);
        if (!m.find()) {
            throw new AssertionError("No day in " + subject);
        }
        return LocalDate.parse(m.group(1), Dates.DAY);
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
