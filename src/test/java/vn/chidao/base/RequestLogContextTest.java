package vn.chidao.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;

/** Each web request's log lines name the request and its user, and nothing of them is left after it. */
@Tag("unit")
class RequestLogContextTest {

    private final SecurityContextHolderStrategy security = SecurityContextHolder.getContextHolderStrategy();
    private final RequestLogContext filter = new RequestLogContext(security);

    @AfterEach
    void clear() {
        security.clearContext();
        MDC.clear();
    }

    @Test
    void aSignedInCallersRequestIsNamedWithItsIdAndUserWhileItIsServed() throws Exception {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("qni.vanphong", null,
                AuthorityUtils.createAuthorityList("ROLE_SECRETARIAT")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
        request.addHeader(RequestLogContext.HEADER, "lb-7f3a.42");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, String> seen = new HashMap<>();

        filter.doFilter(request, response, (req, res) -> seen.putAll(MDC.getCopyOfContextMap()));

        assertThat(seen).containsEntry("request", "lb-7f3a.42").containsEntry("user", "qni.vanphong");
        assertThat(response.getHeader(RequestLogContext.HEADER)).isEqualTo("lb-7f3a.42");
        assertThat(MDC.get("request")).isNull();
        assertThat(MDC.get("user")).isNull();
    }

    @Test
    void anAnonymousRequestGetsANewIdAndNoUserAndAForgedIdIsNotLogged() throws Exception {
        security.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.addHeader(RequestLogContext.HEADER, "x\n{\"user\":\"admin\"}");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, String> seen = new HashMap<>();

        filter.doFilter(request, response, (req, res) -> seen.putAll(MDC.getCopyOfContextMap()));

        assertThat(seen).doesNotContainKey("user");
        assertThat(seen.get("request")).matches("[0-9a-f-]{36}");
        assertThat(response.getHeader(RequestLogContext.HEADER)).isEqualTo(seen.get("request"));
    }
}
