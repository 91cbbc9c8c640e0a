/**
 * What the stages share: queue names, the broker's availability and probe, queue depths, metrics,
 * leases for work that runs once across nodes, the clock and the shared JSON instances.
 */
package org.briefing.pipeline;
