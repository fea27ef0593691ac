package vn.chidao.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;

/**
 * Reads the yearly data files, {@code <year>.yml} under a location such as {@code classpath:seeds/calendar/}:
 * <pre>
 * year: 2025
 * daysOff:
 *   - {date: 2025-01-01, name: Tết Dương lịch}
 * workingDays:
 *   - {date: 2025-04-26, name: Làm bù cho ngày 02/05}
 * </pre>
 * Each file is checked by the rules of the REST API; a file that does not parse or breaks one stops the reading
 * with the file's name and the fields at fault.
 */
final class CalendarSeeds {

    /** One file's year, checked. */
    record SeedYear(String file, CalendarYear year) {
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CalendarSeeds() {
    }

    /** Every file's year; {@code messages} words the broken rules (in English: the log is for developers). */
    static List<SeedYear> read(String location, Messages messages) {
        String folder = location.endsWith("/") ? location : location + "/";
        List<SeedYear> years = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Resource resource : resources(folder)) {
            String file = "seeds/calendar/" + resource.getFilename();
            try (InputStream in = resource.getInputStream()) {
                CalendarYearInput input = YAML.readValue(in, CalendarYearInput.class);
                int year = yearOf(resource.getFilename());
                if (input == null || input.year() == null || input.year() != year) {
                    problems.add(file + ": year: must be " + year + ", as the file's name says");
                    continue;
                }
                years.add(new SeedYear(file, CalendarYearCheck.checked(year, input)));
            } catch (InvalidInputException e) {
                e.errors().forEach(f -> problems.add(file + ": " + f.field() + ": "
                        + messages.get(Locale.ENGLISH, f.messageKey(), f.arguments())));
            } catch (JsonProcessingException e) {
                String line = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
                problems.add(file + " does not parse" + line + ": " + e.getOriginalMessage());
            } catch (IOException | RuntimeException e) {
                problems.add(file + " cannot be read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The calendar's yearly data has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        return years;
    }

    private static int yearOf(String fileName) {
        try {
            return Integer.parseInt(fileName.substring(0, fileName.length() - ".yml".length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the file's name is not <year>.yml");
        }
    }

    private static List<Resource> resources(String folder) {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            return Arrays.stream(resolver.getResources(folder + "*.yml")).filter(Resource::isReadable)
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("No calendar data at " + folder + ": " + e.getMessage(), e);
        }
    }
}
