package org.ccpe.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API's root: {@code /api/v1}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {}
