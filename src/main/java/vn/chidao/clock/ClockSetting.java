package vn.chidao.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** How far ahead of real time the clock runs, and who set it where; the only row has id {@link #ID}. */
@Entity
@Audited
@Table(name = "clock_setting")
class ClockSetting {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "offset_millis", nullable = false)
    private long offsetMillis;

    @Column(name = "set_to", nullable = false)
    private Instant setTo;

    @Column(name = "set_by", nullable = false, length = 60)
    private String setBy;

    protected ClockSetting() {
    }

    ClockSetting(long offsetMillis, Instant setTo, String setBy) {
        this.id = ID;
        this.offsetMillis = offsetMillis;
        this.setTo = setTo;
        this.setBy = setBy;
    }

    long getOffsetMillis() {
        return offsetMillis;
    }

    Instant getSetTo() {
        return setTo;
    }

    String getSetBy() {
        return setBy;
    }
}
