package vn.chidao.delivery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeliveryProperties.class, SmtpProperties.class, PublicUrl.class})
class DeliveryConfig {
}
