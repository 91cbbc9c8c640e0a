/**
 * HTTP hardening: request bodies checked and bound, problem details, API keys and CORS, bound to
 * the matched resource method.
 */
package org.briefing.web;
