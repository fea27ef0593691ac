package vn.chidao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of the test suite (the whole app on a random port, job executor off), shared by
 * every test class so it starts once. Each test builds its own government with {@link Fixtures#newWorld()},
 * so tests never see each other's data, on H2 or on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface ChidaoTest {
}
