package vn.chidao.assignment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the processes chase deadlines ({@code chidao.lifecycle.*}).
 *
 * @param escalationDays working days after the deadline before the leaders are asked to act
 * @param contributionDaysBefore a coordinating unit's contribution is due this many working days before the lead's deadline
 * @param reminderHour the hour (Asia/Ho_Chi_Minh) at which reminders go out
 */
@ConfigurationProperties("chidao.lifecycle")
public record LifecycleProperties(@DefaultValue("5") int escalationDays,
                                  @DefaultValue("3") int contributionDaysBefore,
                                  @DefaultValue("8") int reminderHour) {
}
