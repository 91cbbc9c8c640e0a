/**
 * Health and readiness, the operator's login, and the production guard; it reads the pipeline's
 * metrics and calls no stage.
 */
package org.briefing.operations;
