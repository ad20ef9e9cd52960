/**
 * The flows as versioned data: stored in {@code support.flows} ({@link org.taawun.support.flows.FlowStore}, every
 * version kept, the newest active), validated on load and on save, shipped in {@code support/flows/*.json}, and
 * administered at {@code /admin/support/flows} (tree, text editing, JSON import and export).
 */
package org.taawun.support.flows;
