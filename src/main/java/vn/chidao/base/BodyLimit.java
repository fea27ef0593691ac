package vn.chidao.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON body of the API is at most {@code chidao.api.max-body-size} (default 2 MB: a notice of 200 directives of
 * 4,000 accented characters fits): a larger one is a 413 problem before anything reads it, whether it says its length
 * or comes in chunks. File uploads ({@code multipart/form-data}) have their own limits.
 */
@Configuration(proxyBeanMethods = false)
class BodyLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiBodyLimit(
            @Value("${chidao.api.max-body-size:2MB}") DataSize limit, Messages messages, ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new Limit(limit.toBytes(), messages, json));
        registration.addUrlPatterns("/api/*");
        registration.setName("Chidao API body limit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class Limit extends OncePerRequestFilter {

        private final long limit;
        private final Messages messages;
        private final ObjectMapper json;

        Limit(long limit, Messages messages, ObjectMapper json) {
            this.limit = limit;
            this.messages = messages;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                chain.doFilter(request, response);
                return;
            }
            long declared = request.getContentLengthLong();
            if (declared > limit) {
                tooLarge(request, response);
                return;
            }
            if (declared >= 0) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
            if (body.length > limit) {
                tooLarge(request, response);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
        }

        private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
            ProblemResponses.write(response, json, ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    messages.get(request.getLocale(), "error.bodyTooLarge", DataSize.ofBytes(limit).toMegabytes())));
        }
    }

    /** The request with its body already read (a chunked one, measured). */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
