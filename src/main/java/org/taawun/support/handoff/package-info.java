/**
 * The counsellor hand-off and the support statistics. {@link org.taawun.support.handoff.HandoffQueue} implements
 * {@link org.taawun.support.chat.Handoffs} for the engine: a conversation waits under a random handle and is named in
 * the database only by a keyed hash. {@link org.taawun.support.handoff.CounsellorDesk} serves the console at {@code
 * /support/console} (take, read, reply, close), {@link org.taawun.support.handoff.HandoffEraser} erases every
 * hand-off once its retention has passed, and {@link org.taawun.support.handoff.SupportStatistics} counts
 * conversations, topics and hand-offs per day, shown with small counts suppressed by {@link
 * org.taawun.support.handoff.StatisticsReport}.
 *
 * <p>Privacy first: what a person writes (and, from her request on, what she chose and wrote before it, for the
 * counsellor who takes it) is stored only while her hand-off is open and erased after the retention, or at once by
 * her quick exit; nothing is logged; the statistics hold no identifier and no free text.
 */
package org.taawun.support.handoff;
