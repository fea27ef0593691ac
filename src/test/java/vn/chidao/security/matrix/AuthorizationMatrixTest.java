package vn.chidao.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.RouteConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.calendar.WorkingCalendar;
import vn.chidao.clock.ClockService;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.delivery.DeliveryService;
import vn.chidao.delivery.WebhookService;
import vn.chidao.extension.ExtensionService;
import vn.chidao.notification.NotificationService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.security.SubstituteService;
import vn.chidao.security.TokenService;
import vn.chidao.security.UserService;
import vn.chidao.support.ApiClient;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;

/**
 * The authorization matrix ({@link AccessMatrix}): every {@code /api/**} endpoint and every screen's route, called
 * by every caller on an object of their own unit, another unit and another government, answers the status the
 * table says and carries nothing of the other unit or government ({@link Leaks}); the figures agree with the
 * caller's register. One world, built once; the table is docs/security.md's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Also in the PostgreSQL run, though a UI test: its API and service checks scope every query by government and unit.
@Tag("postgres")
class AuthorizationMatrixTest extends KaribuSupport {

    private static final Path DOCS = Path.of("docs/security.md");
    private static final Path GENERATED = Path.of("target/security-matrix.md");
    /** What a screen says of an object it may not show, in Vietnamese or English (the browser's language). */
    private static final Pattern NOT_FOUND = Pattern.compile("Không tìm thấy|\\bnot found\\b");
    private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrixTest.class);

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Steps steps;
    @Autowired
    Processes processes;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserService users;
    @Autowired
    TokenService tokens;
    @Autowired
    SubstituteService substitutes;
    @Autowired
    NotificationService notifications;
    @Autowired
    WebhookService webhooks;
    @Autowired
    DeliveryService deliveries;
    @Autowired
    ConclusionService conclusions;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ExtensionService extensions;
    @Autowired
    ClockService clock;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    TaskService engineTasks;
    @Autowired
    PlatformTransactionManager transactions;

    MatrixWorld world;
    Targets targets;
    Calls calls;
    Leaks leaks;
    ApiClient api;

    @BeforeAll
    void buildTheWorld() {
        long start = System.nanoTime();
        time.reset();
        world = new MatrixWorld(new MatrixWorld.Services(fixtures, steps, organisation, users, tokens, substitutes,
                notifications, webhooks, deliveries, new TransactionTemplate(transactions)));
        Work work = new Work(fixtures, steps, conclusions, assignments, extensions, time, processes, engineTasks);
        targets = new Targets(world, work, conclusions, organisation, assignments);
        LocalDate today = steps.today();
        calls = new Calls(world, today, calendar, () -> time.startAt(LocalDate.of(2001, 1, 1), 9, 0),
                () -> clock.resetToRealTime(world.actor(Who.INST_ADMIN)));
        leaks = new Leaks(world.second.government().code());
        api = ApiClient.on(port);
        targets.prepare();
        log.info("The matrix's world was built in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    Stream<AccessMatrix.Cell> apiCells() {
        return AccessMatrix.cells(AccessMatrix.API).stream();
    }

    Stream<AccessMatrix.Cell> routeCells() {
        return AccessMatrix.cells(AccessMatrix.ROUTES).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiCells")
    void api(AccessMatrix.Cell cell) {
        Calls.Call call = calls.of(cell.key());
        Target target = targets.of(call.kind, cell.scope(), cell.who(), call.consumes && cell.status() < 300);
        Calls.Context context = new Calls.Context(cell.who(), cell.scope(), target);
        ApiClient caller = as(cell.who());
        String path = call.path.apply(context);
        Answer answer;
        call.before.run();
        try {
            answer = call(caller, call, path, call.body.apply(context));
        } finally {
            call.after.run();
        }

        String what = cell + " (" + call.method() + " " + path + ")";
        assertThat(answer.status()).as("%s answered %s", what, answer.text()).isEqualTo(cell.status());
        leaks.check(withoutWhatWasAsked(answer.text(), path, target), cell.who(), call.notice, what);
        if (answer.status() < 300) {
            new Figures(caller).check(cell.key(), cell.who(), answer.text());
            Leaks.shows(cell.key(), cell.who(), answer.text());
        }
    }

    /**
     * Each screen's cells, caller after caller: one sign-in per caller (a new UI costs more than a navigation), as
     * dynamic tests of one factory.
     */
    @TestFactory
    Stream<DynamicTest> routes() {
        return routeCells().sorted(Comparator.comparing(AccessMatrix.Cell::who))
                .map(cell -> DynamicTest.dynamicTest(cell.toString(), () -> route(cell)));
    }

    private Who signedIn;

    private void route(AccessMatrix.Cell cell) {
        if (cell.who() != signedIn) {
            loginAs(world.actor(cell.who()));
            signedIn = cell.who();
        }
        String location = location(cell);
        int status;
        String text = "";
        try {
            UI.getCurrent().navigate(location);
            // The installation admin is checked for nothing but the status; only an object's page can say "not found".
            boolean read = cell.who() != Who.INST_ADMIN || cell.scope() != Scope.NONE;
            text = read ? ViewText.of(UI.getCurrent()) : "";
            status = NOT_FOUND.matcher(text).find() ? 404 : 200;
        } catch (AccessDeniedException denied) {
            status = 403;
        }

        String what = cell + " (" + location + ")";
        assertThat(status).as("%s showed %s", what, text.replaceAll("\\s+", " ")).isEqualTo(cell.status());
        leaks.check(text, cell.who(), cell.key().startsWith("/conclusions/{id}"), what);
        if (status == 200 && !text.isEmpty()) {
            Leaks.shows(cell.key(), cell.who(), text);
        }
    }

    @Test
    void everyApiEndpointHasALineAndEveryLineAnEndpoint() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> served.addAll(endpoints(info)));
        Set<String> lines = new TreeSet<>();
        AccessMatrix.rows(AccessMatrix.API).stream().filter(row -> !row.cells().isEmpty())
                .forEach(row -> lines.add(row.key().replaceAll(" \\(.*\\)$", "")));

        assertThat(served).as("endpoints under /api").hasSizeGreaterThan(50);
        assertThat(lines).as("endpoints without a line in AccessMatrix.API").containsAll(served);
        assertThat(served).as("lines of AccessMatrix.API no endpoint serves").containsAll(lines);
        AccessMatrix.rows(AccessMatrix.API).stream().filter(row -> !row.cells().isEmpty())
                .forEach(row -> assertThat(calls.knows(row.key())).as("Calls knows " + row.key()).isTrue());
    }

    @Test
    void everyRouteHasALineAndEveryLineARoute() {
        loginAs(world.actor(Who.SECRETARIAT));
        Set<String> routes = new TreeSet<>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().forEach(route -> {
            routes.add(route(route.getTemplate()));
            route.getRouteAliases().forEach(alias -> routes.add(route(alias.getTemplate())));
        });
        Set<String> lines = new TreeSet<>();
        AccessMatrix.rows(AccessMatrix.ROUTES).stream().filter(row -> !row.cells().isEmpty())
                .forEach(row -> lines.add(row.key()));

        assertThat(routes).as("routes").hasSizeGreaterThan(20);
        assertThat(lines).as("routes without a line in AccessMatrix.ROUTES").containsAll(routes);
        assertThat(routes).as("lines of AccessMatrix.ROUTES no screen serves").containsAll(lines);
    }

    /**
     * docs/security.md shows the same tables; target/security-matrix.md has them as they should read. With
     * {@code -Dchidao.matrix.write=true} the test writes them into the document instead of comparing.
     */
    @Test
    void theDocumentShowsTheMatrix() throws IOException {
        String api = AccessMatrix.markdown(AccessMatrix.API, "endpoint");
        String routes = AccessMatrix.markdown(AccessMatrix.ROUTES, "screen (route)");
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, api + "\n" + routes, StandardCharsets.UTF_8);
        String document = Files.readString(DOCS, StandardCharsets.UTF_8);
        String wanted = section(section(document, "api", api), "routes", routes);
        if (Boolean.getBoolean("chidao.matrix.write")) {
            Files.writeString(DOCS, wanted, StandardCharsets.UTF_8);
            document = wanted;
        }
        assertThat(document).as("docs/security.md's matrix; copy it from " + GENERATED
                + " or run with -Dchidao.matrix.write=true").isEqualTo(wanted);
    }

    /** The document with the part between {@code <!-- matrix:name -->} and {@code <!-- /matrix:name -->} replaced. */
    private static String section(String document, String name, String content) {
        String begin = "<!-- matrix:" + name + " -->\n";
        String end = "<!-- /matrix:" + name + " -->";
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        assertThat(from).as("docs/security.md has " + begin.strip()).isNotNegative();
        assertThat(to).as("docs/security.md has " + end).isGreaterThan(from);
        return document.substring(0, from + begin.length()) + content + document.substring(to);
    }

    /** The answer without what the caller sent (a path, a code or username they named), which is not a leak. */
    private static String withoutWhatWasAsked(String answer, String path, Target target) {
        String text = answer.replace(path, "");
        for (String asked : new String[] {target.id(), target.government()}) {
            if (asked != null) {
                text = text.replace(asked, "");
            }
        }
        return text;
    }

    private ApiClient as(Who who) {
        return api.withToken(world.tokens.get(who));
    }

    private record Answer(int status, String text) {
    }

    private static Answer call(ApiClient caller, Calls.Call call, String path, Object body) {
        if (call.file) {
            ApiClient.Download file = caller.download(path);
            return new Answer(file.status(), file.status() != 200 ? new String(file.bytes(), StandardCharsets.UTF_8)
                    : path.contains(".docx") ? Docx.text(file.bytes())
                    : path.contains(".xlsx") ? Xlsx.text(file.bytes())
                    : new String(file.bytes(), StandardCharsets.ISO_8859_1));
        }
        if (call.upload != null) {
            ApiClient.Reply reply = caller.postFiles(path, null, "file", call.upload);
            return new Answer(reply.status(), reply.text());
        }
        ApiClient.Reply reply = switch (call.method()) {
            case "GET" -> caller.get(path);
            case "POST" -> body == null ? caller.post(path) : caller.post(path, body);
            case "PUT" -> caller.put(path, body);
            case "DELETE" -> caller.delete(path);
            default -> throw new IllegalStateException(call.method());
        };
        return new Answer(reply.status(), reply.text());
    }


    /** What a screen's route is opened with: the object of a route with an id, by the cell's scope. */
    private String location(AccessMatrix.Cell cell) {
        String route = cell.key().substring(1);
        if (!route.contains("{id}")) {
            return route;
        }
        Targets.Kind kind = switch (route) {
            case "assignments/{id}" -> Targets.Kind.ASSIGNED;
            case "conclusions/{id}" -> Targets.Kind.ISSUED;
            case "conclusions/{id}/edit" -> Targets.Kind.DRAFT;
            default -> throw new IllegalStateException("Which object does " + route + " open? Say it here.");
        };
        return route.replace("{id}", targets.of(kind, cell.scope(), cell.who(), false).id());
    }

    /** A route's template as the table writes it: {@code /conclusions/{id}} for {@code conclusions/:id([0-9]+)}. */
    private static String route(String template) {
        return "/" + template.replaceAll(":___url_parameter(\\([^)]*\\))?", "{id}")
                .replaceAll(":(\\w+)\\??(\\([^)]*\\))?", "{$1}");
    }

    /** Every method and path pattern under /api of a handler, as "GET /api/…/{id}". */
    private static List<String> endpoints(RequestMappingInfo info) {
        List<String> found = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            if (pattern.startsWith("/api/")) {
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    found.add(method.name() + " " + path);
                }
            }
        }
        return found;
    }

}
