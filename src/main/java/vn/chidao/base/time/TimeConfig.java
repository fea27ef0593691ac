package vn.chidao.base.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    AppClock appClock() {
        return new AppClock(Clock.systemUTC());
    }
}
