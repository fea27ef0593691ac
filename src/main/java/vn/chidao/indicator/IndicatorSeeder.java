package vn.chidao.indicator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every start and every profile (the indicators are national reference data), loads {@code seeds/dti/indicators.yml} when
 * the table is empty; once loaded, the administrator's changes are kept across restarts. Runs before the demo seeds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class IndicatorSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndicatorSeeder.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record SeedFile(List<SeedIndicator> indicators) {
    }

    record SeedIndicator(String code, String parent, String name, String nameEn, Integer weight) {
    }

    private final String location;
    private final IndicatorRepository indicators;
    private final TransactionTemplate transactions;

    IndicatorSeeder(@Value("${chidao.indicators.location:classpath:seeds/dti/indicators.yml}") String location,
                    IndicatorRepository indicators, PlatformTransactionManager transactionManager) {
        this.location = location;
        this.indicators = indicators;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<SeedIndicator> seeds = read();
        transactions.executeWithoutResult(status -> {
            if (indicators.count() > 0) {
                return;
            }
            List<Indicator> rows = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                SeedIndicator s = seeds.get(i);
                rows.add(new Indicator(s.code(), s.parent(), s.name(), s.nameEn(), s.weight(), i + 1));
            }
            indicators.saveAllAndFlush(rows);
            log.info("DTI: loaded {} indicators from {}", rows.size(), location);
        });
    }

    private List<SeedIndicator> read() {
        Resource resource = new DefaultResourceLoader().getResource(location);
        try (InputStream in = resource.getInputStream()) {
            SeedFile file = YAML.readValue(in, SeedFile.class);
            for (SeedIndicator s : file.indicators()) {
                if (s.code() == null || s.name() == null || s.nameEn() == null) {
                    throw new IllegalStateException(location + ": every indicator needs code, name and nameEn: " + s);
                }
            }
            return file.indicators();
        } catch (IOException e) {
            throw new IllegalStateException("The DTI indicators cannot be read from " + location + ": "
                    + e.getMessage(), e);
        }
    }
}
