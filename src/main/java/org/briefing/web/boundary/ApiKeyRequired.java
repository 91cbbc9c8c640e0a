package org.briefing.web.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the resource methods that need one of the configured API keys. The check is bound to the
 * method the request was matched to, never to a spelling of its path: matrix parameters, slashes
 * and encodings change the path's text but not the method it reaches.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiKeyRequired {}
