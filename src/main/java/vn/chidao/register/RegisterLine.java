package vn.chidao.register;

/**
 * One directive as a row of the register's export: its content, the lead unit, the coordinating units, the
 * deadline, the standing against it (the official split) and the latest report.
 */
record RegisterLine(String content, String lead, String coordinating, String deadline, String status,
                    String result) {
}
