package org.ccpe.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses API request bodies over 1 MiB (topology imports: 50 MiB) with 413: at once when the
 * declared length says so, and while reading when a body without a length (chunked) grows past it.
 */
@WebFilter(urlPatterns = "/api/*")
public class BodySizeLimitFilter extends HttpFilter {
  static final long LIMIT = 1024 * 1024;
  static final long IMPORT_LIMIT = 50L * 1024 * 1024;

  /** Imports carry whole topologies and are parsed as a stream; every other body is small. */
  static long limitFor(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api/v1/imports") || path.startsWith("/api/v1/imports/")
        ? IMPORT_LIMIT : LIMIT;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = limitFor(request);
    if (request.getContentLengthLong() > limit) {
      response.setStatus(413);
      response.setContentType(Problems.MEDIA_TYPE);
      response.setHeader("Connection", "close");
      response.getOutputStream().write(problemJson(limit).getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(new LimitedRequest(request, limit), response);
  }

  private static String problemJson(long limit) {
    jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create();
    return jsonb.toJson(new ProblemJson("/api/v1/problems/too-large", "Payload too large", 413,
        new BodyTooLargeException(limit).getMessage(), List.of()));
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream limited;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        limited = new LimitedStream(super.getInputStream(), limit);
      }
      return limited;
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    LimitedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
