/**
 * The support chatbot for women facing violence. This first part holds what the conversations build on:
 * {@link org.taawun.support.IntentMatcher} and {@link org.taawun.support.DangerDetector} understand free text in
 * Darija (Arabic and Latin script), Arabic, French and English; {@link org.taawun.support.ServiceDirectory} lists the
 * national numbers and the local services by country, region and city, administered at {@code
 * /admin/support/services} (pages and CSV import) and shown to the public at {@code /help/services}.
 *
 * <p>Privacy first: nothing identifying is stored, and nothing a person writes is logged or kept.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"cooperative", "identity", "shared"})
package org.taawun.support;
