package vn.chidao.notification;

/**
 * What a notification says, as a message key of the application's bundles and its arguments: it is written in
 * Vietnamese and in English when recorded, and each reader gets their language.
 */
public record NoticeText(String key, Object... arguments) {
}
