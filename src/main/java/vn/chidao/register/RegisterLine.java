package vn.chidao.register;

/**
 * One directive as a row of the register's export: its content, the lead unit, the coordinating units, the
 * deadline, the standing against it (the official split), the latest report and the codes of the DTI indicators
 * it is tagged with.
 */
record RegisterLine(String content, String lead, String coordinating, String deadline, String status,
                    String result, String indicators) {
}
