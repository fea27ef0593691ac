package vn.chidao.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reads the seed files ({@code *.yml} under {@code chidao.seed.location}) in the order of their names. */
@Component
class SeedReader {

    private final String location;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final ObjectMapper yaml = YAMLMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    SeedReader(@Value("${chidao.seed.location:classpath:seeds/}") String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** Every seed file; a file that does not parse stops the reading with its name and the line at fault. */
    List<SeedFile> read() {
        List<SeedFile> seeds = new ArrayList<>();
        for (Resource resource : resources()) {
            String name = "seeds/" + resource.getFilename();
            try (InputStream in = resource.getInputStream()) {
                SeedFile seed = yaml.readValue(in, SeedFile.class);
                seeds.add(Objects.requireNonNull(seed, "empty file").named(name));
            } catch (JsonProcessingException e) {
                throw new SeedException(name + " does not parse" + where(e) + ": " + e.getOriginalMessage(), e);
            } catch (IOException | RuntimeException e) {
                throw new SeedException(name + " cannot be read: " + e.getMessage(), e);
            }
        }
        return seeds;
    }

    private static String where(JsonProcessingException e) {
        String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference step : mapping.getPath()) {
                if (step.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
                } else if (step.getIndex() >= 0) {
                    path.append('[').append(step.getIndex()).append(']');
                }
            }
            at += ", " + path;
        }
        return at;
    }

    private List<Resource> resources() {
        try {
            Resource[] found = resolver.getResources(location + "*.yml");
            return Arrays.stream(found).filter(Resource::isReadable)
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new SeedException("No seed files at " + location + ": " + e.getMessage(), e);
        }
    }
}
