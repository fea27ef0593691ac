package vn.chidao.delivery;

import java.time.LocalTime;

/** Names of {@code processes/morning-digest.bpmn}: its key, activities and variables. */
public final class MorningDigestProcess {

    public static final String KEY = "morning-digest";

    /** The timer start event: every day at {@link #AT}, Asia/Ho_Chi_Minh ({@link MorningDigest#cycle()}). */
    public static final String START = "StartEvent_EveryMorning";
    public static final String GATEWAY_WORKING_DAY = "Gateway_WorkingDay";
    public static final String TASK_SEND_DIGESTS = "Task_SendDigests";
    public static final String END_DIGESTS_SENT = "EndEvent_DigestsSent";
    public static final String END_DAY_OFF = "EndEvent_DayOff";

    /** Integer: how many digests {@code Task_SendDigests} wrote into the outbox (Cockpit shows it). */
    public static final String VAR_DIGESTS = "digests";

    /**
     * When the digest goes out, Asia/Ho_Chi_Minh. A constant rather than a setting: the timer's cycle is
     * evaluated when the model is deployed, and an unchanged model is not deployed again, so a setting would
     * seem to work and not.
     */
    public static final LocalTime AT = LocalTime.of(7, 30);

    private MorningDigestProcess() {
    }
}
