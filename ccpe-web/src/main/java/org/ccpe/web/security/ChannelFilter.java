package org.ccpe.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ccpe.audit.CallerChannel;
import org.ccpe.audit.Channel;

/** Tells the audit trail which channel a request came through, from its path. */
@WebFilter(urlPatterns = "/*")
public class ChannelFilter extends HttpFilter {
  @Inject private CallerChannel channel;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    channel.set(path.startsWith("/api/") ? Channel.API
        : path.startsWith("/portal/") ? Channel.PORTAL
        : Channel.CONSOLE);
    chain.doFilter(request, response);
  }
}
