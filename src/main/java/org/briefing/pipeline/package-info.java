/**
 * What the stages share: queue names, the broker's availability and probe, queue depths, metrics,
 * the clock and the shared JSON instances.
 */
package org.briefing.pipeline;
