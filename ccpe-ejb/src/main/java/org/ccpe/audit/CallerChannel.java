package org.ccpe.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The channel of the request being served. The web layer sets it from the path (console, portal,
 * API); anything not set, such as a timer, is {@link Channel#SYSTEM}.
 */
@RequestScoped
public class CallerChannel {
  private Channel channel = Channel.SYSTEM;

  public Channel get() {
    return channel;
  }

  public void set(Channel channel) {
    this.channel = channel;
  }
}
